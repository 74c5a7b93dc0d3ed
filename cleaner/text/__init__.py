"""Front end for whole-page text dumps."""
