"""Post an admin change form back the way a browser would, with some fields changed."""


def _value(bound_field):
    value = bound_field.value()
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value]
    if isinstance(value, bool):
        return "on" if value else ""
    return value


def form_data(response, **changes) -> dict:
    """The data the change page at `response` would post, with `changes` applied."""
    context = response.context
    data = {}
    form = context["adminform"].form
    for name in form.fields:
        value = _value(form[name])
        if value != "" and value != []:
            data[name] = value
        elif isinstance(value, list):
            data[name] = []
    for inline in context["inline_admin_formsets"]:
        formset = inline.formset
        for name in formset.management_form.fields:
            data[f"{formset.prefix}-{name}"] = formset.management_form[name].value()
        for subform in formset.initial_forms:
            for name in subform.fields:
                value = _value(subform[name])
                if value != "":
                    data[subform.add_prefix(name)] = value
        data[f"{formset.prefix}-TOTAL_FORMS"] = str(len(formset.initial_forms))
    # The record's version, a hidden input of the page's own (audit/concurrency.py).
    if "audit_version" in context:
        data["_audit_version"] = str(context["audit_version"])
    for key, value in changes.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    return data
