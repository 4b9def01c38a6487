"""The ground floor: the vocabulary, URL and text helpers, and the plain records of an audit.

Everything else imports from here and nothing here imports from the rest of touchpoint
(or from Scrapy, Twisted or SQLAlchemy), so any layer may stand on it.
"""
