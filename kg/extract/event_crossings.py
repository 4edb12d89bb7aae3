"""Crossing trigger + parsed sentence -> border crossings: who moved, from where, to where, how many.

A verb or noun of movement ("fled", "have crossed into", "arrivals of", "entry figures") takes its
roles from the tree around it: "to/into/in X" is the destination, "from X" and the country a verb
of leaving names are the origin, "via/through X" the crossing point, a demonym on the people their
state. A flow needs a figure in its own clause and a destination, the country it leaves or the
crossing it uses; one its sentence does not place waits for the story's destination
(:func:`kg.extract.event_clauses.placed_by_story`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract.event_args import (
    RECORDING_VERBS,
    ArgReader,
    capital_state,
    counted_group_origin,
    demonym_state,
    is_return,
    is_route,
    is_time_phrase,
    with_objects,
)
from kg.extract.event_attempts import border_states
from kg.extract.event_between import TWO_WAY, between_sides
from kg.extract.event_bound import headed_for
from kg.extract.event_clauses import borrowed_clause, is_removal, left_behind, shared_subject
from kg.extract.event_counted_at import HAVING_VERBS, names_at
from kg.extract.event_flow_nouns import figure_reached, noun_lemma
from kg.extract.event_fronted_time import fronted_time_tokens
from kg.extract.event_handled import handling_verb, way_as_end
from kg.extract.event_leaving import enters_the_country, entry_place, joined_entry, joined_exit_place
from kg.extract.event_listed import listed_flows
from kg.extract.event_merge import Mention
from kg.extract.event_named_posts import named_post
from kg.extract.event_number_of import is_amount
from kg.extract.event_places import state_of_key
from kg.extract.event_purpose import purpose_clauses, purpose_places
from kg.extract.event_removal_roles import removal_roles
from kg.extract.event_removals import removed_people
from kg.extract.event_route_anaphor import ROUTE_ANAPHORS, counted_routes, named_route, route_it, route_there
from kg.extract.event_time import clause_rate, since_clause, since_start
from kg.extract.event_traffic import traffic_figure, traffic_ways
from kg.extract.event_triggers import (
    CHANGE_VERBS,
    CONVEYING_VERBS,
    DISPLACING_VERBS,
    PEOPLE_NOUNS,
    RECEIVING_VERBS,
    Trigger,
    control_point_subject,
    counted_only_at_name,
    crossing_attempt,
    post_traffic_only,
    registered_arrivals,
)
from kg.extract.event_used_ways import used_way
from kg.extract.event_vehicles import tallied, vehicle_count
from kg.extract.event_ways_of import state_of_ways
from kg.extract.event_where import where_point
from kg.extract.quantities import QuantityMatch, find_changes
from kg.extract.timex import Timex

if TYPE_CHECKING:
    from kg.extract.events import _Reader

__all__ = ["read_crossing"]


def _words(text: str) -> list[str]:
    """The words of a lexicon written as one string."""
    return text.split()


_DEST_TYPES = ("State", "Region", "Settlement", "Checkpoint", "Place", "Organization")
_LEFT_TYPES = ("State", "Region", "Settlement")
_TO_PREPS = frozenset(
    _words(
        """
        in into to for at inside towards toward
        """
    )
)
_FROM_VERBS = frozenset(
    _words(
        """
        leave flee escape exit depart
        """
    )
)
#: Verbs whose crossing point lies in the state they lead into ("entered through X").
_INTO_VERBS = frozenset(("enter", "arrive"))
#: Verbs of people going through a crossing or counted at it, with no direction of their own.
_THROUGH_VERBS = frozenset(_words("pass handle process clear check carry"))
#: Ways across a border that carry a name of their own ("the X crossing"): one end is a state.
_NAMED_WAYS = frozenset(_words("crossing checkpoint crossing-point bridge post"))
#: Nouns counting a flow itself ("1,200 new arrivals a day"), unlike the people in it ("migrants").
_FLOW_NOUNS = frozenset(_words("arrival crossing entry departure"))
_ORIGIN_POSS = frozenset(
    _words(
        """
        exodus departure emigration outflow
        """
    )
)


def _own_country(reader: _Reader, verb: Token, obj: Token) -> list[str]:
    """ "7 million Ruritanians have left their country": the people's own state."""
    if obj.lemma_.lower() not in ("country", "homeland") or not any(c.lower_ == "their" for c in obj.children):
        return []
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    key = counted_group_origin(reader.args, subj) if subj is not None else None
    return [key] if key else []


def _displacing_place(reader: _Reader, verb: Token) -> list[str]:
    """ "attacks in X displaced ...", "... were displaced in X": the place the people left."""
    holders = [verb] + [c for c in verb.children if c.dep_ == "nsubj"]
    return [
        k
        for h in holders
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in ("in", "across", "around")
        for o in c.children
        if o.dep_ == "pobj"
        for k in reader.args.np_entities(o, ("State", "Region", "Settlement", "Place"))
    ]


#: Words that point back to a whole figure in a part clause ("..., of whom 6,000 crossed into X").
_WHOLE_WORDS = frozenset(_words("whom which these them"))


def _whole_origin(reader: _Reader, verb: Token) -> list[str]:
    """ "12,000 people from X ..., of whom 5,000 crossed into Y", "12,000 have fled X since May, of
    whom ...": a part of a figure comes from where its whole does, which the sentence names first."""
    part = next(
        (
            c
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in ("of", "among") and any(g.lower_ in _WHOLE_WORDS for g in c.children)
        ),
        None,
    )
    if part is None:
        return []
    a = reader.args
    for tok in reversed(verb.doc[verb.sent.start : part.i]):
        if not any(c.dep_ == "nummod" for c in tok.children):
            continue  # the whole is a counted group
        if key := counted_group_origin(a, tok):
            return [key]
        if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _FROM_VERBS:
            return [k for c in tok.head.children if c.dep_ == "dobj" for k in a.np_entities(c, _LEFT_TYPES)]
        if left := _driven_from(a, tok):
            return left
    return []


def _driven_from(a: ArgReader, group: Token) -> list[str]:
    """ "16,000 people have been forced from X", "16,000 people displaced from X": the place a
    counted group was moved "from", by the passive verb it is the subject of or its participle."""
    holders = [c for c in group.children if c.dep_ == "acl"]
    if group.dep_ == "nsubjpass":
        holders.append(group.head)
    return [
        k
        for h in holders
        for p in h.children
        if p.dep_ == "prep" and p.lower_ == "from"
        for o in p.children
        if o.dep_ == "pobj"
        for k in a.np_entities(o, _LEFT_TYPES)
    ]


#: Words that take the bulk of a figure: "most of them", "the majority of them".
_BULK_WORDS = frozenset(_words("most many majority all"))


def _most_of_them(reader: _Reader, head: Token) -> tuple[list[str], list[str]]:
    """ "..., most of them from X", "..., most of them through the Y crossing": where the bulk of
    the figure just given came from, and the way they crossed (origin and via)."""
    doc, sent = head.doc, head.sent
    for tok in doc[head.i + 1 : sent.end - 2]:
        if tok.lower_ not in _BULK_WORDS or doc[tok.i + 1].lower_ != "of" or doc[tok.i + 2].lower_ != "them":
            continue
        origin: list[str] = []
        via: list[str] = []
        for t in doc[tok.i + 3 : sent.end]:
            objs = [g for g in t.children if g.dep_ == "pobj"] if t.dep_ == "prep" else []
            if t.lower_ == "from":
                origin += [k for o in objs for k in reader.args.np_entities(o, _LEFT_TYPES)]
            elif t.lower_ in ("through", "via"):
                via += [k for o in objs for k in reader.args.np_entities(o, ("Checkpoint",))]
        return origin, via
    return [], []


def _gone_home(verb: Token) -> bool:
    """ "returned home", "went home", "headed home": the people's own country is where they went."""
    return any(c.lower_ == "home" and c.dep_ in ("advmod", "npadvmod", "dobj") for c in verb.children)


def _arriving(tok: Token) -> bool:
    """ "have arrived", "new arrivals", "4,200 entered (the country)": a flow that only says people came
    (not that they left or crossed)."""
    return noun_lemma(tok) in ("arrive", "arrival") or (tok.pos_ == "VERB" and enters_the_country(tok))


def _here(verb: Token | None) -> bool:
    """ "1,700 people are arriving here every day": a correspondent or official speaking from the place the
    story is about, which lies in the state of its dateline, else the state it names most."""
    return verb is not None and any(c.dep_ == "advmod" and c.lower_ == "here" for c in verb.children)


def _named_adverb(a: ArgReader, tok: Token) -> bool:
    """ "3,950 people have entered X.": a place name the parser reads as an adverb of the verb (it
    often does with a town it does not know, at the end of a clause) is its object all the same."""
    return tok.dep_ in ("advmod", "npadvmod") and (a.entity_at(tok) or a.place_named_again(tok)) is not None


def _through_which(tok: Token) -> bool:
    """ "X, through which 9,000 people passed": the relative names the way across."""
    return tok.dep_ == "prep" and tok.lower_ == "through" and any(o.lower_ == "which" for o in tok.children)


def _which_crossing(a: ArgReader, verb: Token) -> list[str]:
    """The crossing "through which" people passed: the clause's antecedent, which the parser may hang
    on a later noun ("X, on the border with Y, through which ...") or on the copula ("the busiest
    crossing was X, through which ..."): the nearest crossing up the tree."""
    for anc in [verb.head, *verb.head.ancestors]:
        for tok in [anc, *(c for c in anc.children if c.dep_ == "attr")]:
            if found := a.np_entities(tok, ("Checkpoint",)):
                return found
    return []


def read_crossing(
    reader: _Reader, trig: Trigger, si: int, sent: SpacySpan, times: list[Timex], quants: list[QuantityMatch]
) -> list[Mention]:
    """The crossings one trigger of movement announces, one per figure of its clause."""
    tok = trig.token
    if (
        tok.pos_ != "VERB"
        and tok.head.pos_ == "VERB"
        and (
            tok.head.lemma_.lower()
            in (
                {"arrive", "flee", "cross", "enter", "leave", "return", "reach", "travel"}
                | RECEIVING_VERBS
                | DISPLACING_VERBS
                | CONVEYING_VERBS
            )
            or registered_arrivals(tok.head)  # "17,400 arrivals from X were registered in Y"
            or _gone_home(tok.head)  # "3,900 refugees have come home"
            or (tok.head.lemma_.lower() in ("come", "head") and any(c.dep_ == "prep" for c in tok.head.children))
        )
        and not figure_reached(tok.head)
    ):
        return []  # "refugees crossed into Chad": the verb is the trigger
    m = reader.new("BorderCrossing", si, sent)
    noun = tok
    if tok.pos_ != "VERB" and tok.dep_ == "compound" and tok.head.pos_ == "NOUN":
        noun = tok.head  # "entry figures"
    verb = tok if tok.pos_ == "VERB" else None
    if verb is None and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() in CHANGE_VERBS:
        verb = noun.head
    verb = verb or handling_verb(noun, _FLOW_NOUNS)  # "processed 3.1 million crossings at X"
    traffic = tok.pos_ != "VERB" and traffic_figure(noun, PEOPLE_NOUNS) is not None
    verb = noun.head if traffic else verb  # "traffic at X averaged 4,700 people daily": the figure's verb
    a = reader.args
    left: list[str] = []  # the country a verb of leaving names: "fled Ruritania", "left X"
    named_way = False  # a crossing named by its own name, whether or not the entity layer typed it
    way_towns: list[str] = []  # "through the crossings at X and Y": the towns the ways are at
    back = next((c for c in verb.children if c.lower_ == "back"), None) if verb is not None else None
    carried = (  # "smuggled 1,350 migrants from X to Y": the phrase may hang on the people
        next((c for c in verb.children if c.dep_ == "dobj"), None)
        if verb is not None and verb.lemma_.lower() in CONVEYING_VERBS
        else None
    )
    described = [g for g in carried.children if g.dep_ == "appos"] if carried is not None else []
    means = _means(verb) if verb is not None else []
    tally = _tally_verb(noun) if verb is None else None  # "we recorded 4,100 crossings into X": "into X"
    holders = (noun if tok.pos_ != "VERB" else None, verb, back, carried, *described, *means, tally)
    for holder in filter(None, holders):
        on_verb = verb is not None and holder.i == verb.i  # tokens by index: each access is a new Token
        on_noun = holder.i == noun.i
        for c in holder.children:
            objs = [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" else []
            if c.dep_ == "prep" and c.lower_ == "at" and any(is_route(o) or _named_checkpoint(a, o) for o in objs):
                for o in objs:  # "registered at the X checkpoint", "crossed at X" (X a crossing): the way in
                    m.via += a.np_entities(o, ("Checkpoint",))
                    m.destination += state_of_ways(a, o)  # "at the border crossings of X": into X
                    named_way = named_way or _named_way(o)
            elif c.dep_ == "prep" and c.lower_ in _TO_PREPS:
                for o in objs:
                    m.destination += a.np_entities(o, _DEST_TYPES)
                    named_way = named_way or _named_way(o)  # "at the X crossing", "crossing" read as a verb
            elif c.dep_ == "prep" and c.lower_ == "from":
                for o in objs:
                    m.origin += a.np_entities(o, ("State", "Region", "Settlement"))
                for to in (g for g in c.children if g.dep_ == "prep" and g.lower_ in ("to", "into")):  # "from X to Y"
                    m.destination += [k for o in to.children if o.dep_ == "pobj" for k in a.np_entities(o, _DEST_TYPES)]
            elif (c.dep_ == "prep" and c.lower_ in ("via", "through")) or (c.dep_ == "dobj" and is_route(c)):
                for o in objs or [c]:
                    m.via += (
                        a.np_entities(o, ("Checkpoint",))
                        or [k for k in (named_route(a.index, o) or route_it(a.index, o),) if k]
                        or counted_routes(a.index, o)  # "through the three posts": the three named before
                    )
                    way_towns += _towns_of_way(a, o)
                    named_way = named_way or _named_way(o)
                    if is_route(o):  # "via its border with X": X is the side they come from
                        with_ = with_objects(o) or (with_objects(holder) if on_verb else [])
                        m.origin += [k for w in with_ for k in a.np_entities(w, _DEST_TYPES)]
            elif c.dep_ == "prep" and c.lower_ == "of" and on_noun:
                for o in objs:
                    if key := a.group_origin(o):
                        m.origin.append(key)
            elif c.dep_ in ("nsubj", "dobj") and on_verb and holder.lemma_.lower() in RECEIVING_VERBS:
                taker = a.entity_at(c) if c.dep_ == "nsubj" else None
                if taker is not None and taker.type in _DEST_TYPES:  # "X has received 2,000 refugees":
                    m.destination.append(capital_state(taker) or taker.key)  # X (a capital: its state),
                    m.destination += a.np_entities(c, _DEST_TYPES)[1:]  # not "a hospital in X", is where
                elif key := counted_group_origin(a, c):  # "... Sudanese refugees", "... people from Y"
                    m.origin.append(key)
            elif (c.dep_ == "dobj" or _named_adverb(a, c)) and on_verb:
                if holder.lemma_.lower() in _FROM_VERBS:
                    left += a.np_entities(c, _LEFT_TYPES) or _own_country(reader, holder, c)
                elif (way := route_it(a.index, c)) is not None:  # "X stayed open and 1,350 lorries crossed it daily": X
                    m.via.append(way)
                else:
                    m.destination += a.np_entities(c, _DEST_TYPES)
            elif c.dep_ == "poss" and on_noun:
                role = m.origin if noun.lemma_.lower() in _ORIGIN_POSS else m.destination
                role += a.np_entities(c, _DEST_TYPES)
            elif (c.dep_ in ("amod", "compound") and on_noun and (key := demonym_state(c.text))) or (
                c.dep_ in ("nsubj", "nsubjpass") and on_verb and (key := counted_group_origin(a, c))
            ):
                m.origin.append(key)
    if traffic:  # "traffic across the X bridge": the way it names, whatever the preposition
        m.via += [k for o in traffic_ways(noun) for k in a.np_entities(o, ("Checkpoint",)) if k not in m.via]
    entry = joined_entry(verb) if verb is not None and not left else None
    if entry is not None:  # "4,200 entered X and 3,900 left it": X, dated like the entry
        left += entry_place(a, entry)
    if verb is not None and not m.destination:  # "3,900 left X and 4,200 entered it": X
        m.destination += joined_exit_place(a, verb)
    if verb is not None and not m.destination:  # "nurses come to work in X each day": X
        m.destination += [k for o in purpose_places(verb) for k in a.np_entities(o, _DEST_TYPES)]
    if tok.pos_ != "VERB" and (key := a.group_origin(tok)):
        m.origin.append(key)
    displaced = verb is not None and verb.lemma_.lower() in DISPLACING_VERBS
    if displaced:  # driven out "from X", or from where the fighting that displaced them was
        assert verb is not None
        left += m.origin + _displacing_place(reader, verb)
    m.origin = left + m.origin
    if not m.origin and verb is not None:
        m.origin = _whole_origin(reader, verb)
    most_from, most_via = _most_of_them(reader, verb or noun)
    m.origin = m.origin or most_from
    m.via += [k for k in most_via if k not in m.via]
    if verb is not None and _gone_home(verb):  # "1,150 Afghans have returned home from X": into their state
        own = [k for c in verb.children if c.dep_ == "nsubj" and (k := counted_group_origin(a, c))]
        if not own and not m.destination and a.home and a.home not in m.origin:
            own = [a.home]  # "3,900 refugees have come home", in a release filed from their country
        m.destination += [k for k in own if k not in m.destination]
        m.origin = [o for o in m.origin if o not in own]
    if verb is not None and removed_people(verb):  # "deported 300 workers from X": sent to X
        removal_roles(a, verb, m, most_from)
    if verb is not None and is_return(verb):  # "Russians returned to Russia": home is no origin
        m.origin = [o for o in dict.fromkeys(m.origin) if o not in m.destination]
    m.destination = [d for d in dict.fromkeys(m.destination) if d not in m.origin]
    m.origin = list(dict.fromkeys(m.origin))
    if m.origin:
        reader.recent_origin = (si, m.origin)
    elif si - reader.recent_origin[0] <= 2:  # the flow the story just named ("Russian arrivals")
        m.origin = [o for o in reader.recent_origin[1] if o not in m.destination]
    if verb is not None:  # "crossed the bridge and were registered at the X checkpoint"
        for conj in (c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"):
            for c in conj.children:
                if c.dep_ == "prep" and c.lower_ in ("at", "through", "via"):
                    for o in (g for g in c.children if g.dep_ == "pobj" and is_route(g)):
                        m.via += a.np_entities(o, ("Checkpoint",))
    if verb is not None and verb.lemma_.lower() in RECEIVING_VERBS and (shared := shared_subject(verb)) is not None:
        taker = a.entity_at(shared)  # "X opened a corridor and had received 2,000 civilians"
        if taker is not None and taker.type in _DEST_TYPES:
            m.destination.append(capital_state(taker) or taker.key)
    if verb is not None and verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children):
        m.via += a.np_entities(verb.head, ("Checkpoint",))  # "the X crossing, where 300 people entered Y"
        if not m.via and (point := where_point(verb, _NAMED_WAYS)) is not None:
            m.via += a.np_entities(point, ("Checkpoint",))  # "the X post with Y, where 340 were checked"
    elif verb is not None and verb.dep_ in ("relcl", "advcl") and any(_through_which(c) for c in verb.children):
        m.via += _which_crossing(a, verb)
    if not (m.via or m.destination):  # "4,815 people cross there", "we counted 2,460 entries a day there"
        there = verb or (noun.head if noun.dep_ == "dobj" else noun)
        m.via += [k for t in a.clause_tokens(there) if (k := route_there(a.index, t)) is not None][:1]
    if verb is not None and (point := control_point_subject(verb)) is not None:
        m.via += a.np_entities(point, ("Checkpoint",))  # "the X checkpoint handled 9,350 passengers"
    elif tally is not None and (point := control_point_subject(tally)) is not None:
        m.via += a.np_entities(point, ("Checkpoint",))  # "the X border post recorded 58,000 crossings into Y"
    bare = named_post(verb) if verb is not None and post_traffic_only(verb) else None
    if bare is not None:  # "X handled about 2,300 travellers daily": X's traffic if X is a crossing point
        posts = a.np_entities(bare, ("Checkpoint",))
        if not posts:
            return []
        m.via += posts
    if verb is not None and (used := used_way(verb)) is not None:  # "the X Bridge, used by 3,850 vehicles a day"
        m.via += (
            a.np_entities(used, ("Checkpoint",))
            or [k for k in (named_route(a.index, used), route_it(a.index, used)) if k][:1]
        )
    m.via = list(dict.fromkeys(m.via))
    if verb is not None and not m.via and counted_only_at_name(verb):
        # "staff cleared 3,187 travellers a day at X after the new check post opened": the post at town X,
        # counted by the side it lies in; "checked 400 people at X" with no post: no crossing's traffic
        towns = [k for o in names_at(verb) for k in a.np_entities(o, ("Settlement",))]
        if not towns or not any(t.lemma_.lower() in ROUTE_ANAPHORS for t in verb.sent):
            return []
        m.destination += [state_of_key(t, a.index) or a.home or t for t in towns]
    stated_where = any(
        ((c.dep_ == "dobj" or _named_adverb(a, c)) and not is_route(c) and not is_amount(c))
        or (c.dep_ == "prep" and c.lower_ in _TO_PREPS and c.lower_ != "at" and not is_time_phrase(c))
        for h in (noun, verb)
        if h is not None
        for c in h.children
    )
    if not m.destination and verb is not None and verb.lemma_.lower() in _INTO_VERBS | RECEIVING_VERBS:
        # "3,000 persons entered through the X crossing point", "we received 9,000 refugees through
        # the crossings at X and Y": into the state the crossing (or the town it is at) lies in
        ways = m.via + way_towns
        m.destination = [k for v in ways if (k := state_of_key(v, a.index)) and k not in m.origin][:1]
    if not m.destination and m.via and verb is not None and verb.lemma_.lower() in _THROUGH_VERBS:
        # "9,350 passengers passed through the X checkpoint", "the X checkpoint handled 9,350
        # passengers": counted by the side that reports them, the state the crossing lies in
        m.destination = [k for v in m.via if (k := state_of_key(v, a.index)) and k not in m.origin][:1]
        if not m.destination and a.home and a.home not in m.origin:
            m.destination = [a.home]
    if not m.destination and verb is not None:  # "left X on boats bound for Y"
        m.destination = [k for k in headed_for(a, verb) if k not in m.origin][:1]
    if not m.destination and verb is not None and (owners := _crossed_border(reader, verb, m.origin)):
        m.destination = [a.home] if a.home in owners else owners[:1]
    if not (m.destination or m.origin) and (sides := between_sides(a, noun if tok.pos_ != "VERB" else None, verb)):
        m.destination, m.label = sides, TWO_WAY  # "some 9,000 trips a month are made between X and Y"
    if m.destination:
        reader.recent_destination = (si, m.destination)
    elif not stated_where and not displaced and si - reader.recent_destination[0] <= 2:  # "Some 4,000 crossed"
        m.destination = [d for d in reader.recent_destination[1] if d not in m.origin]
    if not m.destination and (sides := _border_sides(reader, [h for h in (noun, verb) if h is not None])):
        m.destination = [a.home] if a.home in sides else sides[:1]  # the side the text is filed from
    ways = m.via + [d for d in m.destination if (e := a.index.by_key.get(d)) is not None and e.type == "Checkpoint"]
    if (ways or named_way) and len(ways) - len(m.via) == len(
        m.destination
    ):  # "crossed the bridge at X": X is a way across
        m.destination += _crossed_side(reader, ways, m.origin)
    if not left:
        m.destination = way_as_end(m.destination, m.via, m.origin)  # "used the X post instead": there
    # a flow needs a destination, the country it leaves or the crossing it uses; one its sentence
    # does not place ("crossed the channel in small boats") may take the story's (placed_by_story)
    unplaced = not (m.destination or left or m.via)
    # "900 people have arrived by sea since July, X's ministry said", in a story filed from X:
    # arrivals no sentence places arrive in the state the story is filed from (naming it is no other place)
    home = a.home if unplaced and _arriving(tok) and a.home not in m.origin else None
    if unplaced and home is None and _arriving(tok) and _here(verb):  # a reporter "here", at the border
        home = next((s for s in (a.home, a.story_state) if s is not None and s not in m.origin), None)
    # another state the sentence names may be where the flow went; for arrivals, not the one they came
    # from ("N X citizens have landed since spring": X is where they came from, the story says where to)
    arriving = home is not None or _arriving(tok)
    named_state = any(
        e.type == "State" and e.key != home and not (arriving and e.key in m.origin)
        for _, e in a.index.within(sent.start_char, sent.end_char)
    )
    flow = tok.pos_ == "VERB" or (tok.tag_ in ("NNS", "NNPS") and noun_lemma(tok) in _FLOW_NOUNS)
    if unplaced and (displaced or named_state or not flow or _unknown_name(a, tok, verb)):
        return []  # "a crossing": one trip; "migrants": people; "entered X", X no entity: not the story's
    head = verb or noun
    if verb is not None and left_behind(verb):
        return []  # "left six people dead": no one left
    if head.dep_ in ("acl", "relcl") and crossing_attempt(head.head.head):
        return []  # "stopped 300 people who had crossed": the stop reads them (event_attempts)
    clause = {t.i for t in a.clause_tokens(head)} | borrowed_clause(a, head)
    post = verb is not None and control_point_subject(verb) is not None  # "the X crossing handled 940 trucks"
    post = post or bare is not None  # "X handled an average of 940 trucks a day"
    # "at the X post we see around 6,300 cars daily": the cars the post lets through
    post = post or (verb is not None and verb.lemma_.lower() in HAVING_VERBS and bool(m.via))
    post = post or traffic  # "lorry traffic at X was 900 vehicles a day": vehicles the way carried
    # "between 4 and 10 May": a day of a period counts no one
    counts = [
        q
        for q in quants
        if (reader.people_count(q, clause) or vehicle_count(reader.doc, q, clause, head, PEOPLE_NOUNS, post))
        and not any(t.start <= q.start < t.end for t in times)
    ]
    if not counts:
        return []
    timed = clause
    counted = tallied(noun) if verb is None else noun
    counter = head  # the verb whose fronted time a flow with none of its own takes
    if verb is None and counted.dep_ == "dobj" and counted.head.lemma_.lower() in RECORDING_VERBS:
        # "counted 1,200 arrivals last week"; "From 3 May on, guards logged a mean of 312 entries daily"
        timed = clause | {t.i for t in a.clause_tokens(counted.head)}
        counter = counted.head
    if verb is not None and verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_.lower() in RECORDING_VERBS:
        timed = clause | {t.i for t in a.clause_tokens(verb.head)}  # "In May, 900 were registered entering X"
    if entry is not None:
        timed = timed | {t.i for t in a.clause_tokens(entry) if not t.like_num}
    # "Since the bridge reopened on 3 March, 8,730 have crossed": the clause's day opens the period
    clause_times = (
        reader.time.times_in(times, timed)
        or [since_start(t) for t in reader.time.times_in(times, since_clause(head))]
        or reader.time.times_in(times, fronted_time_tokens(counter))  # "On Monday, 3,275 entered, and 2,615 left"
    )
    changes = [c for c in find_changes(sent.text)]
    if changes:
        m.change_percent = changes[0].percent
    out = []
    rate = clause_rate(head) or next(  # "come to work in X every day": the rate of the purpose
        (r for c in purpose_clauses(head) if (r := clause_rate(c)) is not None), None
    )
    for i, q in enumerate(counts):
        one = reader._copy(m)
        reader.set_quantity(one, q)
        _gapped(reader, reader.people_count(q, clause), head, one)
        if one.per_time_unit is None:
            one.per_time_unit = rate
        root = reader.time.root_of(q.start, q.end)
        if root is not None and (when := reader.time.when_time(root, times)) is not None:
            reader.time.set_time(one, when)  # "above March, when 4,210 crossed": that March
        elif len(counts) > 1:
            reader.time.segment_time(one, q, counts, i, clause_times)
        else:
            reader.time.set_time(one, reader.time.best_time(clause_times), verb=head.lemma_.lower())
            if one.date and one.start_date is None and clause_times:
                since = [t for t in clause_times if t.start_date and not t.end_date and not t.date]
                if since:  # "as of 27 September ... since 24 September": the since is the start
                    reader.time.set_time(one, since[0])
            reader.time.as_of_period(one, times)
        one.reported_by = a.reported_by(head, q.start)
        reader.time.past_weekdays(one, clause_times, verb or noun.head, reader.article.published)
        out.append(one)
    out += listed_flows(reader, head, sent, m, out, quants)
    if home is not None:
        for one in out:
            one.destination = [home]
        return out
    if unplaced:  # "we have returned 9,400 people": people sent away from the story's country
        removed = verb is not None and is_removal(verb)
        (reader.removed if removed else reader.unplaced).extend(out)
        return []
    return out


def _towns_of_way(a: ArgReader, way: Token) -> list[str]:
    """The towns a way across is "at": "the crossings at X and Y", "the border post at X"."""
    if not is_route(way):
        return []
    return [
        k
        for p in way.children
        if p.dep_ == "prep" and p.lower_ == "at"
        for o in p.children
        if o.dep_ == "pobj"
        for k in a.np_entities(o, ("Settlement",))
    ]


def _unknown_name(a: ArgReader, tok: Token, verb: Token | None) -> bool:
    """ "3,950 people have entered X": a name the sentence states as the destination, which the entity
    layer did not find: the flow goes where that name is, not necessarily where the story's others go."""
    where = [c for c in (verb or tok).children if c.dep_ in ("dobj", "advmod", "npadvmod")]  # a town read as an adverb
    where += [
        g
        for c in (verb or tok).children
        if c.dep_ == "prep" and c.lower_ in ("to", "into") and not is_time_phrase(c)  # not "the week to 17 May"
        for g in c.children
    ]
    return any(
        (w.pos_ == "PROPN" or (w.is_title and not w.is_sent_start))
        and w.ent_type_ not in ("DATE", "TIME")
        and a.entity_at(w) is None
        and a.place_named_again(w) is None
        for w in where
    )


def _means(verb: Token) -> list[Token]:
    """The bare noun of a "by" phrase of travel on the verb: "reached X by sea from Y", "came by boat
    from Y". The parser hangs the journey's "from" and "to" on that noun; a "by" with a determiner
    ("by the police") is an agent, not a way of travelling.
    """
    return [
        o
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "by"
        for o in c.children
        if o.dep_ == "pobj" and o.pos_ == "NOUN" and not any(d.dep_ in ("det", "poss") for d in o.children)
    ]


def _named_checkpoint(a: ArgReader, tok: Token) -> bool:
    """True for a noun phrase that names only crossing points, without a word for a way ("at X",
    X a checkpoint): read like "at the X checkpoint", the way the people went through."""
    keys = a.np_entities(tok, _DEST_TYPES)
    return bool(keys) and all((e := a.index.by_key.get(k)) is not None and e.type == "Checkpoint" for k in keys)


def _named_way(tok: Token) -> bool:
    """ "the X crossing", "the X-Y bridge": a way across with a name of its own (not a river)."""
    return (tok.lemma_.lower() in _NAMED_WAYS or tok.lower_ in _NAMED_WAYS) and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children
    )


def _border_sides(reader: _Reader, holders: list[Token]) -> list[str]:
    """ "cleared 98,000 travellers at the X-Y border", "at the border between X and Y": the
    states of the border the people were counted at, the direction unsaid."""
    return [
        k
        for h in holders
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in ("at", "on", "across")
        for o in c.children
        if o.dep_ == "pobj" and o.lemma_.lower() in ("border", "frontier")
        for part in border_states(reader, o)
        for k in part
    ]


def _crossed_border(reader: _Reader, verb: Token, origin: list[str]) -> list[str]:
    """ "12,000 people crossed the state border of X", "crossed X's border", "crossed the Xian
    border": a flow over the border a state names, its direction unsaid, is counted by that state
    (the text's own state first), unless the people came from it. A border named by two states
    ("the X-Y border") or shared with one ("the border with Y") leaves no side: nothing."""
    owners: list[str] = []
    for c in verb.children:
        if c.dep_ == "dobj" and c.lemma_.lower() in ("border", "frontier"):
            named, shared = border_states(reader, c)
            if len(set(named)) == 1 and not shared:
                owners += [k for k in named if k not in origin]
    return owners


def _crossed_side(reader: _Reader, ways: list[str], origin: list[str]) -> list[str]:
    """ "61,000 travellers crossed the X border crossing", "crossed the bridge at X": a flow through
    a named crossing, its direction unsaid, has one end in the state the crossing lies in, else in
    the state the text is filed from (its dateline), when that is not where the people came from."""
    a = reader.args
    for key in [state_of_key(v, a.index) for v in ways] + [a.home]:
        if key is not None and key not in origin:
            return [key]
    return []


def _tally_verb(noun: Token) -> Token | None:
    """The verb of keeping a tally whose object is the flow noun ("we recorded 4,100 crossings into X
    at Y", "the police logged 2,600 entries from Z"): the parser hangs the flow's own phrases on
    it."""
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in RECORDING_VERBS and noun_lemma(noun) in _FLOW_NOUNS:
        return noun.head
    return None


def _gapped_way(a: ArgReader, num: Token, head: Token) -> str | None:
    """The checkpoint a clause with its verb left out names for its own figure: "the X checkpoint
    handled 12,300 people, and Y 6,040 people" (the parser joins Y to the verb, the people to Y)."""
    noun = num.head
    first = noun
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if noun.dep_ == "conj" and head.i in (first.i, first.head.i):  # "and Y 6,040 people": Y on the people
        owners = [c for c in noun.children if c.dep_ in ("nmod", "compound", "nsubj")]
    elif noun.dep_ in ("appos", "dobj", "npadvmod") and noun.head.dep_ == "conj" and noun.head.head.i == head.i:
        owners = [noun.head]  # "and Y 6,040 people": the people on Y
    else:
        return None
    found = [e.key for o in owners if (e := a.entity_at(o)) is not None and e.type == "Checkpoint"]
    return found[0] if found else None


def _gapped(reader: _Reader, num: Token | None, head: Token, one: Mention) -> None:
    """ "6,000 crossed into X and 2,000 into Y": a figure joined to the verb with its own "into Y"
    shares the verb but not its destination (nor "from Z", its origin); "9,000 reached X, 4,000 of
    them from Z": a part set beside the counted group has its own origin."""
    if num is not None and (way := _gapped_way(reader.args, num, head)) is not None:
        # "the X checkpoint handled 12,300 people, and Y 6,040": Y's figure goes through Y
        one.destination = list(dict.fromkeys(way if d in one.via else d for d in one.destination))
        one.via = [way]
    part = num is not None and any(
        c.lower_ in ("of", "among") and any(g.lower_ in _WHOLE_WORDS for g in c.children) for c in num.children
    )
    if num is None or not (part or (num.dep_ == "conj" and num.head.i == head.i)):
        return
    own = [(c.lower_, g) for c in num.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    dest = [k for p, o in own if p in _TO_PREPS for k in reader.args.np_entities(o, _DEST_TYPES)]
    origin = [k for p, o in own if p == "from" for k in reader.args.np_entities(o, ("State", "Region", "Settlement"))]
    if dest:
        one.destination = list(dict.fromkeys(dest))
    if origin:
        one.origin = list(dict.fromkeys(origin))
