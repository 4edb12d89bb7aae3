"""Names of holidays, feasts and holiday seasons: times of the year, never a person, place or body.

News dates travel and trade by them ("queues built up before Easter", "the gate stays open late
for Diwali", "traffic over Thanksgiving"), and the NER, seeing a lone capitalised word after "for"
or "before", reads it as a place or a person. The list is the closed class of holidays observed
widely enough to be named in news without explanation: the Christian, Jewish, Muslim, Hindu,
Buddhist and East Asian calendars' feasts and the secular days and weeks most states keep.
"""

from __future__ import annotations

__all__ = ["HOLIDAYS", "is_holiday"]

#: Holiday names in lower case, as written whole (a name is a holiday only as the whole span).
HOLIDAYS = frozenset(
    {
        # the Christian year
        *("easter", "christmas", "lent", "advent", "pentecost", "whitsun", "whitsuntide", "epiphany"),
        *("good friday", "holy week", "easter week", "easter monday", "easter sunday", "christmas eve"),
        *("christmas day", "boxing day", "ash wednesday", "palm sunday", "holy thursday", "maundy thursday"),
        *("orthodox easter", "orthodox christmas", "whit monday", "ascension day", "all saints' day"),
        # the Jewish and Muslim years
        *("passover", "hanukkah", "chanukah", "purim", "sukkot", "yom kippur", "rosh hashanah", "shavuot"),
        *("ramadan", "ramazan", "eid", "eid al-fitr", "eid al-adha", "eid ul-fitr", "eid ul-adha", "mawlid"),
        *("ashura", "hajj", "umrah", "kurban bayram", "ramazan bayram", "bakrid", "hari raya", "hari raya puasa"),
        # Hindu, Sikh, Buddhist and East Asian feasts
        *("diwali", "deepavali", "holi", "navratri", "dussehra", "vaisakhi", "baisakhi", "vesak", "songkran"),
        *("chinese new year", "lunar new year", "spring festival", "golden week", "tet", "chuseok", "obon"),
        *("nowruz", "navruz", "norooz", "thingyan", "pchum ben"),
        # secular days and seasons
        *("new year", "new year's day", "new year's eve", "hogmanay", "thanksgiving", "halloween", "may day"),
        *("labour day", "labor day", "independence day", "national day", "victory day", "bank holiday"),
    }
)


def is_holiday(text: str) -> bool:
    """``text`` (a whole name, an article or a possessive around it allowed) is a holiday's name."""
    low = " ".join(text.replace("’", "'").split()).lower()
    low = low.removeprefix("the ").removesuffix("'s")
    return low in HOLIDAYS
