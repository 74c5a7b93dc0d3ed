"""Reading inputs, decoding bytes and writing records."""
