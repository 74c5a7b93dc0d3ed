"""The HTML front end: raw page bytes -> :class:`~cleaner.blocks.Page` with DOM features.

``parse`` builds the tree safely, ``segment`` walks it into blocks, ``content`` chooses the
article container, ``metadata`` reads structured metadata, and ``frontend`` ties them up.
"""
