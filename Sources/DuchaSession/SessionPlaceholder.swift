// Sessions: see issue 3.
