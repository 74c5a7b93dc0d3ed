"""What cleaner knows about languages: which one a page is in, and each language's stop words."""
