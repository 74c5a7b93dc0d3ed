"""The HTML front end: raw page bytes -> :class:`~cleaner.blocks.Page` with DOM features.

``parse`` builds the tree safely, ``layout`` walks it into blocks, ``content`` chooses the
article container, ``metadata`` reads structured metadata, and ``page`` ties them up.
"""
