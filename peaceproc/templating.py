"""The project's template backend: Django's, with each render's context taken apart once
the page is rendered.

Django's backend renders a view's dict in a RequestContext it pushes the dict onto, and
the pushed dict (ContextDict) and the context refer to each other: a reference cycle.
Everything the page's context held (for a timeline page about 3,000 objects: its marks,
their placements, the listed items) was then freed only by the cyclic collector, which
walked it again in each collection until then, instead of when the page was sent.
Emptying the context's stack once the template has rendered breaks the cycle; nothing
reads a context after its render (the test client's record of it is a copy)."""

from django.template import TemplateDoesNotExist
from django.template.backends import django as backend
from django.template.context import make_context


class Template(backend.Template):
    def render(self, context=None, request=None):
        made = make_context(context, request, autoescape=self.backend.engine.autoescape)
        try:
            return self.template.render(made)
        except TemplateDoesNotExist as exc:
            backend.reraise(exc, self.backend)
        finally:
            made.dicts.clear()  # the ContextDict <-> context cycle, broken


class DjangoTemplates(backend.DjangoTemplates):
    def from_string(self, template_code):
        return Template(self.engine.from_string(template_code), self)

    def get_template(self, template_name):
        try:
            return Template(self.engine.get_template(template_name), self)
        except TemplateDoesNotExist as exc:
            backend.reraise(exc, self)
