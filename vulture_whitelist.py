"""Names vulture reports as unused that are used: signatures other code calls with them.

`make lint` runs ``vulture cleaner vulture_whitelist.py``; a name belongs here only with the
reason it is needed.
"""

# ruff: noqa: B018, F821

traceback  # __exit__(self, kind, value, traceback) in cleaner/batch/progress.py
frame  # signal handlers take (signum, frame): cleaner/timeouts.py, cleaner/batch/runner.py
param  # click option callbacks take (ctx, param, value): cleaner/cli/__init__.py
USAGE  # ExitCode.USAGE is click's exit status 2, named for the reader: cleaner/errors.py
_value_  # Enum members set their value in __new__: cleaner/reasons.py
__getattr__  # module attribute hook (PEP 562): cleaner/__init__.py loads its names lazily
__dir__  # lists those lazy names for dir(cleaner) and completion: cleaner/__init__.py
