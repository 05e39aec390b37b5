"""The image and PDF pipeline every upload goes through, and the model and form fields built on it.

A kernel package: it knows Django's storage and Pillow/pikepdf, never an app of the site, so the
doctors' headshots and licences and the photos app's cases use the same code without knowing each other.
"""
