"""The strategist's web page (``compliance serve``): one Swedish form, the report in the
browser, downloads of the same result, nothing stored. ``app.py`` is the ASGI application
(Starlette), ``form.py`` reads an upload into memory within ``limits.py``'s bounds,
``pool.py`` runs each check in a bounded pool of recycled worker processes (``worker.py``,
forked warm), ``jobs.py`` is what a worker does with a ``request.Job`` (through the one
``Workspace`` entry), ``pages.py`` the page's own templates."""
