"""ISO 3166-1 entries that are no sovereign state: dependent territories and their sovereign.

ISO 3166-1 gives every entry an "Independent" flag and, for the dependent ones, the state that
administers them (ISO Online Browsing Platform, "Independent: No"; also the "Sovereignty" column of
Wikipedia's "ISO 3166-1" table). pycountry carries the codes but not the flag, so the table below
copies it. Entries with no single administering state (Antarctica AQ, Western Sahara EH, Palestine
PS, Taiwan TW) are left out: news treats them as their own actors. The annotation types these
territories as regions, part of their sovereign state, not as states.
"""

from __future__ import annotations

__all__ = ["TERRITORIES", "sovereign_of"]

#: Territory alpha-2 -> alpha-2 of the state that administers it (ISO 3166-1, "Independent: No").
TERRITORIES: dict[str, str] = {
    **dict.fromkeys(("AS", "GU", "MP", "PR", "UM", "VI"), "US"),
    **dict.fromkeys(("AI", "BM", "FK", "GG", "GI", "GS", "IM", "IO", "JE", "KY", "MS", "PN", "SH"), "GB"),
    **dict.fromkeys(("TC", "VG"), "GB"),
    **dict.fromkeys(("BL", "GF", "GP", "MF", "MQ", "NC", "PF", "PM", "RE", "TF", "WF", "YT"), "FR"),
    **dict.fromkeys(("AW", "BQ", "CW", "SX"), "NL"),
    **dict.fromkeys(("CC", "CX", "HM", "NF"), "AU"),
    **dict.fromkeys(("CK", "NU", "TK"), "NZ"),
    **dict.fromkeys(("FO", "GL"), "DK"),
    **dict.fromkeys(("BV", "SJ"), "NO"),
    **dict.fromkeys(("HK", "MO"), "CN"),
    "AX": "FI",
}


def sovereign_of(code: str) -> str | None:
    """Alpha-2 of the state that administers the territory ``code`` ("PR" -> "US"), or None for a state."""
    return TERRITORIES.get(code)
