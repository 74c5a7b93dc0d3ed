"""Pipeline steps: each recognises one kind of boilerplate or one piece of metadata."""
