"""Spiders of the touchpoint Scrapy project (one: ``site``)."""
