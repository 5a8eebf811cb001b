"""matcher: resume-to-job matching, requirement by requirement, with explanations."""

__version__ = "0.1.0"


def create_app(config=None):
    """The Flask application (see ``matcher.web.app.create_app``).

    Imported lazily so that ``import matcher`` and ``matcher --help`` stay fast.
    """
    from matcher.web import create_app as _create_app

    return _create_app(config)
