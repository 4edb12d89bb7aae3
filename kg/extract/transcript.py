"""Article text -> speaker turns of a broadcast or press-conference transcript.

Transcripts label each turn at the line start: "PRESIDENT BIDEN: We will…", "Jane Doe: Thank
you." The label is a short run of capitalised words before a colon; the rest of the line is the
quote. Parliamentary records number their questions and qualify a label with up to two asides
("1. Jane Doe (Northtown) (Lab): …"), or name the member after the office ("The Minister for
Water (Jane Doe): …"): the aside is then the speaker's name. A broadcast cue line
("SOUNDBITE (English) …") ends the turn before it, since what follows is someone else's bite.
Lines that follow a turn without a label of their own continue it, but only in a text that has
at least two labelled turns, so that one "Note: …" line never makes an article a transcript.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from unidecode import unidecode

from kg.extract.quotes import is_headline, paragraphs
from kg.lexicon.languages import is_language
from kg.model import Entity
from kg.nlp.persons import HONORIFICS
from kg.nlp.roles import EVERYDAY_PERSON_NOUNS, PERSON_NOUNS
from kg.nlp.script_cues import BITE_CUES
from kg.nlp.stamps import STAMP

__all__ = [
    "CUE_WORDS",
    "Turn",
    "askers",
    "audience_label",
    "find_turns",
    "is_narrator",
    "is_question",
    "label_matches",
    "label_words",
    "narrators",
    "opening_continuation",
    "role_holder",
    "without_kicker",
]

# "SOUNDBITE (English) Jane Roe, minister:", "3. SOT: Jane Roe", a radio script's "CLIP (Roe):" or
# "ACTUALITY": a cue line of a broadcast script.
CUE_WORDS = "(?:" + "|".join(BITE_CUES) + ")"
#: A script's instruction word before the cue word: "TAKE SOT: …", "ROLL SOT", "RUN CLIP".
CUE_VERB = r"(?:[A-Z]{3,5}[ \t]+)?"
#: Capital letters a label's word may open with: ASCII and the Latin letters of other alphabets
#: ("ÖZTÜRK", "ŽIVKOVIĆ", "İNCE"), taken from Unicode itself rather than listed by hand.
_UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
_WORD = rf"(?:[{_UPPER}][\w.'’-]*|von|van|de|da|del|al|bin|el|la|le|of|the|for|and)"
#: Characters an aside in a label may hold: a questioner's name and a long outlet's ("Q (Jane Roe,
#: Northern Broadcasting and Information Services):"), or a note on the language spoken.
_ASIDE_CHARS = 90
#: A note after a label's asides that the words are heard through a translation, not in the
#: speaker's voice: "JO ROE (Mayor), voice of interpreter:", "JO ROE, through an interpreter:".
_TRANSLATED = (
    r"(?:(?:voice[ \t]+of|through|via|with)[ \t]+(?:an?[ \t]+|the[ \t]+)?)?(?:interpreter|interpretation|translator)"
    r"|translated|dubbed|voice-?over"
)
# "JANE DOE, CHILEAN INTERIOR MINISTER (through translator): words"
_LABEL = re.compile(
    rf"(?:{STAMP})?"  # "[00:02:10] HOST: …": a transcript's time stamp before the label
    r"(?:\d{1,3}\.[ \t]+)?"
    rf"(?:{CUE_WORDS}[ \t]*[-–—/][ \t]*)?"  # "SOT - PM ROE: …": a script's bite cue before the speaker
    rf"(?P<label>{_WORD}(?:[ \t]+{_WORD}){{0,8}}(?:[ \t]+\d{{1,2}})?)"  # "JOURNALIST 2:": one of several
    rf"(?:,[ \t]+{_WORD}(?:[ \t]+{_WORD}){{0,7}}){{0,2}}"  # ", COMMANDER, OPERATION X": an office and its unit
    rf"(?P<asides>(?:[ \t]*\([^)\n]{{1,{_ASIDE_CHARS}}}\)){{0,2}})(?:,[ \t]*{_TRANSLATED})?[ \t]*:[ \t]+(?P<body>\S)"
)
# A script's label on a line of its own, the words on the next line ("SOT - JANE ROE:" / '"We …"'):
# in capitals only, so that a sentence ending in a colon before a quoted paragraph stays narration.
_LABEL_ALONE = re.compile(
    rf"(?:{STAMP})?"
    rf"(?:{CUE_WORDS}[ \t]*[-–—/][ \t]*)?"
    rf"(?P<label>{_WORD}(?:[ \t]+{_WORD}){{0,8}})"
    rf"(?:,[ \t]+{_WORD}(?:[ \t]+{_WORD}){{0,7}}){{0,2}}"
    rf"(?P<asides>(?:[ \t]*\([^)\n]{{1,{_ASIDE_CHARS}}}\)){{0,2}})(?:,[ \t]*{_TRANSLATED})?"
    # the label's colon, or a clip's running time after a dash: "CLIP - JANE ROE (UNHCR) - :18"
    r"(?:[ \t]*:|[ \t]+[-–—][ \t]*:?\d{1,2}(?:[:'’.]\d{2})?[\"”]?)"
)
_ASIDE = re.compile(rf"\((?P<inner>[^)\n]{{1,{_ASIDE_CHARS}}})\)")
# An aside that is a personal name: two to four capitalised words.
_ASIDE_NAME = re.compile(rf"[{_UPPER}][\w.'’-]+(?:[ \t]+[{_UPPER}][\w.'’-]+){{1,3}}")
# A cue's aside may give the surname alone ("CLIP (ROE):"), unless it names the language ("(English)").
_ASIDE_SURNAME = re.compile(rf"[{_UPPER}][\w'’-]+")
_CUE_LINE = re.compile(rf"(?:{STAMP})?(?:\d+\.[ \t]*)?[(\[]{{0,2}}{CUE_VERB}{CUE_WORDS}\b")
# "TAKE SOT: JO ROE, FARMER": the cue line of the bite below it, naming its speaker, no turn of its own
_INSTRUCTED_CUE = re.compile(rf"[A-Z]{{3,5}}[ \t]+{CUE_WORDS}")
# Labels for the interviewer or a stage direction, never a named speaker.
_NOT_SPEAKERS = frozenset(
    {"q", "a", "question", "answer", "note", "editor's note", "update", "photo", "video"}
    | {"out", "in", "outcue", "incue"}  # a script's in- and out-words of a clip: 'OUT: "…we left."'
    | {"dur", "duration", "runs", "trt"}  # and its running time: "DUR: 0:16"
)
# A select committee's record numbers each question and names who puts it: "Q12 Chair:", "Q3 Jo Roe:".
_NUMBERED_QUESTION = re.compile(r"Q\d+\b")


def _not_speaker(label: str) -> bool:
    """A label of the questions or of a stage direction ("Q:", "NOTE:", "Q4 Jo Roe:"), never a statement's speaker."""
    return label.lower() in _NOT_SPEAKERS or _NUMBERED_QUESTION.match(label) is not None


#: Labels of a reporter's or interviewer's question: "Q:", "QUESTION:".
_QUESTION_LABELS = frozenset({"q", "question"})


def is_question(text: str, line_start: int) -> bool:
    """The line at ``line_start`` is a question put under a label ("Q:", "QUESTION:", "Q4 Jo Roe:"),
    no speaker's turn: what it names is the asker's, not the answer's."""
    end = text.find("\n", line_start)
    m = _LABEL.match(text, line_start, len(text) if end < 0 else end)
    if m is None:
        return False
    label = m.group("label")
    return label.lower() in _QUESTION_LABELS or _NUMBERED_QUESTION.match(label) is not None


# Roles of the programme's own people: their turns narrate the story, they are not statements.
_NARRATOR_ROLES = frozenset(
    {"anchor", "host", "presenter", "newsreader", "reporter", "correspondent", "narrator", "announcer", "moderator"}
    | {"journalist", "interviewer"}
)
_NAME = rf"[{_UPPER}][\w'’-]+(?:[ \t]+(?:[{_UPPER}][\w'’-]+|de|da|van|von|al|el)){{0,3}}"
# "Our correspondent Jane Doe is at ...", "reporter Jane Doe in Kigali", "our reporter in Kigali, Jane
# Doe, ..."; a programme's credits in
# its lead ("Interviewer: Jane Doe.", "The moderator is Jane Doe", "The interview was conducted by Jane Doe")
_INTRODUCED = re.compile(
    r"\b(?:(?:[Cc]orrespondent|[Rr]eporter|[Pp]resenter|[Aa]nchor|[Hh]ost|[Ii]nterviewer|[Mm]oderator)"
    r"(?:[ \t]+is)?|[Ii]nterview(?:ed)?(?:[ \t]+[a-z]+){0,2}[ \t]+by)"
    rf"(?:[ \t]+(?:in|at|on)[ \t]+{_NAME}[ \t]*,)?"  # "our correspondent in Northtown, Jane Doe, ..."
    rf"[ \t]+(?P<name>{_NAME})"
)
# A credit after the role and a colon: a script's slug ("REPORTER: Jane Doe / DUR: 2'05\""), a lead's
# "Interviewer: Jane Doe." The name ends the credit; a name followed by a comma, a question mark or
# more words is the programme's own turn addressing someone ("PRESENTER: Minister, why ...?",
# "REPORTER: Jo, what ...") or asking ("REPORTER: Are you ...?"), and names no reporter.
_CREDITED = re.compile(
    r"\b(?:[Cc]orrespondent|[Rr]eporter|[Pp]resenter|[Aa]nchor|[Hh]ost|[Ii]nterviewer|[Mm]oderator"
    r"|REPORTER|CORRESPONDENT|PRESENTER)"
    rf"[ \t]*:[ \t]+(?P<name>{_NAME})(?=[ \t]*(?:\n|$|[./|;(])|[ \t]+[-–—])"
)
# A label that gives the role and the name: "PRESENTER (Jane Doe):", "Host, Jane Doe:", "INTERVIEWER JANE DOE:"
_ROLE_LABEL = re.compile(
    rf"^[ \t]*(?i:{'|'.join(sorted(_NARRATOR_ROLES))})[ \t]*[(,]?[ \t]*(?P<name>{_NAME})[ \t]*\)?[ \t]*:", re.M
)
# The name first and the role in brackets after it: "JANE (host):", "Jo Roe (presenter):"
_NAMED_ROLE = re.compile(rf"^[ \t]*(?P<name>{_NAME})[ \t]*\((?i:{'|'.join(sorted(_NARRATOR_ROLES))})\)[ \t]*:", re.M)


@dataclass(frozen=True)
class Turn:
    """One turn: the label's offsets and the spoken line's offsets (``body`` may be a continuation)."""

    label_start: int
    label_end: int
    start: int
    end: int
    line_start: int
    asides: int = 0


def find_turns(text: str) -> list[Turn]:
    """Labelled turns and their unlabelled continuation lines, in text order."""
    labelled: list[Turn] = []
    lines = paragraphs(text)
    kinds: list[Turn | None] = []
    asked: set[int] = set()  # lines of the interviewer ("Q:", "QUESTION:"): they end the turn before
    alone = _labels_alone(text, lines)
    asked.update(alone[k].line_start for k in alone)  # a label's own line ends the turn before it
    for k, (s, e) in enumerate(lines):
        if k in alone:
            labelled.append(alone[k])
            kinds.append(alone[k])
            continue
        m = _LABEL.match(text, s, e)
        if m is not None and _INSTRUCTED_CUE.fullmatch(m.group("label")):
            asked.add(s)  # a cue line ends the turn before it, and the bite below is read from the cue
            m = None
        if m is not None and _not_speaker(m.group("label")):
            asked.add(s)
        if m is None or _not_speaker(m.group("label")) or is_headline(text, s, e):
            kinds.append(None)
            continue
        label_start, label_end = _speaker_part(m)
        turn = Turn(label_start, label_end, m.start("body"), e, s, _aside_count(m.group("asides")))
        labelled.append(turn)
        kinds.append(turn)
    if len(labelled) < 2:
        return labelled
    out: list[Turn] = []
    current: Turn | None = None
    for (s, e), kind in zip(lines, kinds, strict=True):
        if kind is not None:
            # a script's sound bite, its words one closed quotation ('CLIP - ROE (0:12): "…"'), ends
            # with them: the lines below it are the bulletin's narration again
            current = None if _closed_bite(text[kind.start : kind.end]) else kind
            out.append(kind)
        elif (
            current is not None
            and text[s] not in "(["
            and s not in asked
            and not is_headline(text, s, e)
            and not _CUE_LINE.match(text, s, e)
        ):
            out.append(Turn(current.label_start, current.label_end, s, e, s))
        else:
            current = None
    return out


def _closed_bite(words: str) -> bool:
    """True for a turn's words that are one quotation, opened and closed: '"We are ready."'."""
    words = words.strip()
    return len(words) > 2 and words[0] in '"“' and words[-1] in '"”' and not re.search('["“”]', words[1:-1])


def _labels_alone(text: str, lines: list[tuple[int, int]]) -> dict[int, Turn]:
    """Turns whose label stands on the line before their words, by the index of that words line.

    Broadcast scripts put the speaker or bite cue on a line of its own ("PRESENTER:", "SOT - JANE
    ROE:", "CLIP - MINISTER JANE ROE (0'12):") and the words below it. The words line must not be
    a label, a bracketed direction or a cue line itself.
    """
    out: dict[int, Turn] = {}
    for k, ((s, e), (ns, ne)) in enumerate(pairwise(lines)):
        m = _LABEL_ALONE.fullmatch(text, s, e)
        if m is None or not m.group("label").isupper() or m.group("label").lower() in _NOT_SPEAKERS:
            continue
        if text[ns] in "([" or _LABEL.match(text, ns, ne) or _LABEL_ALONE.fullmatch(text, ns, ne):
            continue
        if _CUE_LINE.match(text, ns, ne):
            continue
        label_start, label_end = _speaker_part(m)
        out[k + 1] = Turn(label_start, label_end, ns, ne, s, _aside_count(m.group("asides")))
    return out


def _aside_count(asides: str) -> int:
    """How many bracketed asides qualify a label: a clip's running time ("(0'12)") is none."""
    return sum(any(c.isalpha() for c in inner) for inner in _ASIDE.findall(asides))


# A questioner introducing themselves at a briefing: "Sir, I am Jane Roe from the Daily Post.",
# "Jane Roe from Radio North."
_INTRODUCED_ASKER = re.compile(
    r"(?:(?:sir|ma'am|madam)[,.]?[ \t]+)?(?:(?:i am|i'm|this is|my name is)[ \t]+)?"
    r"(?P<name>(?-i:[A-Z][\w.'’-]*)(?:[ \t]+(?-i:[A-Z][\w.'’-]*)){0,3})[ \t]+from[ \t]+(?:the[ \t]+)?(?-i:[A-Z])",
    re.I,
)


def askers(text: str, turns: list[Turn]) -> set[str]:
    """Labels of the questioners of a briefing record: a label whose turn opens by naming itself
    and its outlet ("Jane Roe: Sir, I am Jane Roe from the Daily Post. ..."). Their turns are
    questions, nobody's statements, like the "Q:" lines of other records.
    """
    out: set[str] = set()
    asked: Counter[str] = Counter()  # label -> its turns that end in a question
    said: Counter[str] = Counter()  # label -> all its turns
    for turn in turns:
        if turn.start == turn.line_start:
            continue  # a continuation line, not a labelled turn
        m = _INTRODUCED_ASKER.match(text, turn.start)
        label = text[turn.label_start : turn.label_end]
        if m is not None and {w.casefold() for w in m.group("name").split()} & {w.casefold() for w in label.split()}:
            out.add(label.casefold())
        said[label.casefold()] += 1
        asked[label.casefold()] += text[turn.start : turn.end].rstrip().rstrip("\"'”’").endswith("?")
    # an interviewer or a reporter at a briefing, whatever the label: most of their turns ask
    out.update(label for label, n in said.items() if n >= _MIN_ASKED and asked[label] * 2 > n)
    return out


#: Turns a label needs before its questions make it an asker: one question may be rhetorical.
_MIN_ASKED = 2


def opening_continuation(text: str, turns: list[Turn]) -> list[Turn]:
    """The lines after an excerpt's one labelled turn, when the label opens the text: the same voice.

    An excerpt of an interview may give a single answer ("JANE ROE: We closed the port. // The
    ferries stop on Friday."): with no second label, the lines after the first are still its
    speaker's, provided nothing but headings stands before the label. They end at a heading, a
    bracketed direction, a cue line or anything shaped like another label.
    """
    if len(turns) != 1 or turns[0].start == turns[0].line_start:
        return []
    head = turns[0]
    lines = paragraphs(text)
    if any(not is_headline(text, s, e) for s, e in lines if e <= head.line_start):
        return []
    out: list[Turn] = []
    for s, e in lines:
        if s <= head.line_start:
            continue
        if text[s] in "([" or is_headline(text, s, e) or _CUE_LINE.match(text, s, e) or _LABEL.match(text, s, e):
            break
        out.append(Turn(head.label_start, head.label_end, s, e, s))
    return out


def without_kicker(text: str, turns: list[Turn]) -> list[Turn]:
    """The turns without a headline's kicker: "Explainer: Why has X closed its border?".

    News headlines open with a one-word genre label and a colon ("Analysis:", "Explainer:",
    "Factbox:"), shaped like a speaker line. A one-word label on the text's first line that labels
    no other turn is that kicker, not a speaker: a transcript's speakers take more than one turn.
    """
    first = paragraphs(text)[:1]
    if not turns or not first or turns[0].line_start != first[0][0]:
        return turns
    head = turns[0]
    label = text[head.label_start : head.label_end]
    again = any(
        t.label_start != head.label_start and text[t.label_start : t.label_end].casefold() == label.casefold()
        for t in turns[1:]
    )
    if len(label.split()) != 1 or again:
        return turns
    return [t for t in turns if t.label_start != head.label_start]


def _speaker_part(m: re.Match[str]) -> tuple[int, int]:
    """The offsets of the words naming the speaker: the label, or an aside naming the holder of its office.

    "The Minister for Water (Jane Doe)" names Jane Doe; "Jane Doe (Northtown)" names Jane Doe;
    a sound bite's cue "SOT (JANE DOE)" names Jane Doe.
    """
    label = m.group("label")
    cue = _CUE_LINE.fullmatch(label) is not None  # "SOT (JANE ROE):": the bite's speaker in brackets
    if not cue and _holder_named(label):
        return m.start("label"), m.end("label")  # "PRIME MINISTER JO ROE (Tarnia):": the aside is the state
    roles = {w.strip(".,").casefold() for w in label.split()}
    if cue or roles & PERSON_NOUNS:
        for aside in _ASIDE.finditer(m.group("asides")):
            inner = aside.group("inner").strip()
            words = inner.split()
            surname = cue and _ASIDE_SURNAME.fullmatch(inner) is not None and not is_language(inner)
            named = _ASIDE_NAME.fullmatch(inner) is not None or surname
            if named and not any(w.casefold() in PERSON_NOUNS for w in words):
                start = m.start("asides") + aside.start("inner") + aside.group("inner").index(inner)
                return start, start + len(inner)
    if len(roles) == 1 and roles <= _LAY_ROLES:
        # "CALLER (Ana, Northtown):", "RESIDENT (Jo Roe, Eastfield):": the name before the comma
        for aside in _ASIDE.finditer(m.group("asides")):
            inner = aside.group("inner").split(",", 1)[0].strip()
            named = _ASIDE_NAME.fullmatch(inner) is not None or _ASIDE_SURNAME.fullmatch(inner) is not None
            if named and not is_language(inner) and not {w.casefold() for w in inner.split()} & PERSON_NOUNS:
                start = m.start("asides") + aside.start("inner") + aside.group("inner").index(inner)
                return start, start + len(inner)
    return m.start("label"), m.end("label")


#: Labels of a member of the public who speaks on air, the name in the aside: a phone-in's
#: callers and listeners, the witnesses, residents and workers a programme puts on.
_AUDIENCE_ROLES = frozenset({"caller", "listener", "viewer", "texter"})
_LAY_ROLES = EVERYDAY_PERSON_NOUNS | _AUDIENCE_ROLES


def audience_label(label: str) -> bool:
    """True for the label of a programme's audience on air: "CALLER (Ana, Northtown)", "JO (listener)"."""
    return any(w.strip(".,()").casefold() in _AUDIENCE_ROLES for w in label.split())


#: Words that join an office to its complement: after them the label goes on with a field or a body.
_LINKS = frozenset({"of", "for", "the", "and", "to", "in"})


def _holder_named(label: str) -> bool:
    """The label names its speaker after the office: "PRIME MINISTER JO ROE", "Minister Jo Roe".

    Two capitalised words or more after the last office word, none a link to a complement
    ("Minister for Water", "MINISTER OF HEALTH"), are the holder's name.
    """
    words = [w.strip(".,") for w in label.split()]
    office = max((k for k, w in enumerate(words) if w.casefold() in PERSON_NOUNS), default=None)
    if office is None:
        return False
    rest = words[office + 1 :]
    return len(rest) >= 2 and all(
        w[:1].isupper() and w.casefold() not in _LINKS and w.replace("-", "").replace("'", "").isalpha() for w in rest
    )


def label_matches(label: str, name: str) -> bool:
    """True when a turn label names a person: "ROE", "PRESIDENT ROE", "Jane Roe" for "Jane Roe".

    A name of a given name and two surnames ("Ana Lucia Quiroga Mendez") is labelled by its first
    surname as often as by its last ("MINISTER QUIROGA:"): a capitalised next-to-last word of a name
    of three words or more matches too (a particle such as "de" or "van" never does). Words are
    compared without accents, so that a label's capitals ("YILDIZ", dotted "İ") match the name's
    letters ("Yıldız"). A label of the name's first words, two or more ("SHEIKHA ANA:" for "Sheikha
    Ana Roe"), names the person too: a phone-in host calls a guest by a form of address the text
    writes with the full name, and the given name.
    """
    name_words = _words(name)
    if not name_words:
        return False
    words = _words(label)
    if name_words[-1] in words:
        return True
    given = words
    while given and given[0] != name_words[0] and (given[0] in HONORIFICS or given[0] in PERSON_NOUNS):
        given = given[1:]  # "DR. JO:" for "Jo Roe Lind": the form of address is no part of the name
    addressed = len(given) > 1 or len(given) < len(words)  # a lone given name needs its address
    if addressed and 0 < len(given) < len(name_words) and name_words[: len(given)] == given:
        return True  # "DASHO JO:" for "Dasho Jo Roe Lind", "DR. JO:": an address and the given name
    written = name.split()
    return (
        len(name_words) > 2
        and len(written) == len(name_words)
        and written[-2][:1].isupper()
        and name_words[-2] in words
    )


def label_words(label: str) -> list[str]:
    """A label's or a name's words for comparison: ASCII letters, lower case, no punctuation around them."""
    return list(_words(label))


@lru_cache(maxsize=8192)
def _words(label: str) -> tuple[str, ...]:
    """:func:`label_words`, remembered: a long transcript compares each cue with every person's
    names (:func:`label_matches`), the same few strings thousands of times, and transliterating
    them again each time was most of that cost."""
    return tuple(unidecode(w).strip(".,").casefold() for w in label.split())


def narrators(text: str) -> set[str]:
    """Names the programme introduces as its own reporters ("our correspondent Jane Doe"), labels
    with their role ("PRESENTER (Jane Doe):", "HOST, JANE DOE:", "JANE (host):") or credits as its hosts ("Hosts:
    Jane Doe (Northtown) and Jo Roe"): their later turns ("DOE:", "JANE:") narrate too."""
    patterns = (_INTRODUCED, _CREDITED, _ROLE_LABEL, _NAMED_ROLE)
    found = {m.group("name") for pattern in patterns for m in pattern.finditer(text)}
    for m in _CREDIT_LIST.finditer(text):
        for part in _LIST_SEPARATOR.split(_ASIDE.sub(" ", m.group("names"))):
            if re.fullmatch(_NAME, part.strip()):
                found.add(part.strip())
    return found


# A programme's credit of several hosts or presenters on one line: "Hosts: Jane Doe (Northtown) and
# Jo Roe (Eastfield)", "Presenters: Jane Doe, Jo Roe".
_CREDIT_LIST = re.compile(
    # at a line's start or after a sentence of the same line ("Published 3 May. Hosts: …. Guest: …"),
    # the names running to the end of that sentence
    r"(?:^|(?<=[.;][ \t]))[ \t]*(?:[Cc]o-?)?(?:[Hh]osts|[Pp]resenters|[Aa]nchors|HOSTS|PRESENTERS|ANCHORS)[ \t]*:[ \t]*"
    r"(?P<names>[^\n]+?)(?<!Dr)(?<!Mr)(?<!Ms)(?<!Mrs)(?<!Prof)(?=[.;][ \t]|[.;]?[ \t]*$)",
    re.M,
)
_LIST_SEPARATOR = re.compile(r"[ \t]*(?:,|&|\band\b)[ \t]*")


def is_narrator(label: str, names: set[str]) -> bool:
    """True for a turn of the anchor or a reporter: "ANCHOR", "REPORTER JANE DOE", or a name in ``names``.

    A reporter's turn tells the story in the reporter's words; the quotes inside it, with their
    own attribution, are the statements. Officials interviewed on air keep their turns.
    """
    words = {w.strip(".,()").casefold() for w in label.split()}  # "JANE (host)": the role in brackets too
    if words & _NARRATOR_ROLES:
        return True
    # a programme calls its own people by their given names ("JANE:" for the credited Jane Doe)
    given = _words(label)
    return any(
        label_matches(label, n) or (len(given) == 1 and _words(n)[:1] == given and len(n.split()) > 1) for n in names
    )


# Between a name and the office introducing it: "Jane Roe, the Chief Spokesperson".
_INTRO_GAP = re.compile(r",[ \t]*(?:the[ \t]+)?(?:[A-Z][\w'’-]*[ \t]+){0,3}")


def role_holder(text: str, label: str, people: list[Entity]) -> Entity | None:
    """The person a label of office words stands for: the one the text introduces with those words.

    Briefing records label the official's turns by office only ("Deputy Spokesperson: …", "THE
    MINISTER: …") after naming them once ("a briefing by Jane Roe, Deputy Spokesperson", "Deputy
    Spokesperson Jane Roe said"). The first person mentioned right before (after a comma) or right
    after such an introduction is the speaker; a label that is no office phrase stands for nobody.
    """
    words = [w.strip(".,") for w in label.split() if w.strip(".,").casefold() not in ("the", "of", "for")]
    if not words or not any(part in PERSON_NOUNS for w in words for part in w.casefold().split("-")):
        return None
    office = re.compile(r"\b" + r"[ \t]+(?:(?:of|for|the)[ \t]+)*".join(map(re.escape, words)) + r"\b", re.I)
    spans = sorted((m.start, m.end, p) for p in people for m in p.mentions)
    for found in office.finditer(text):
        if text[found.end() : found.end() + 1] == ":":
            continue  # the label itself
        for start, end, person in spans:
            before = text[end : found.start()] if end <= found.start() else None
            after = text[found.end() : start] if found.end() <= start else None
            if before is not None and _INTRO_GAP.fullmatch(before):
                return person
            if after is not None and (re.fullmatch(r"[ \t]*,?[ \t]*", after) or _OFFICE_REST.fullmatch(after)):
                return person
    return None


# After an office's opening words, the rest of the office and a comma before its holder, whose
# name may follow a form of address: "Secretary General| of the Islands Forum, Ms |Jo Roe",
# "Forum Chair| and Prime Minister of Tarnia, Hon. |Jo Roe" (a header's list of speakers).
_OFFICE_REST = re.compile(
    r"(?:[ \t]+(?:of|for|the|and|in|[A-Z][\w'’-]*))+[ \t]*,[ \t]*"
    r"(?:(?:Hon|Honourable|Ms|Mr|Mrs|Dr|Dame|Sir|Prof)\.?[ \t]+)?"
)
