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


def _option_values(select) -> list[str]:
    """What a <select> sends: its selected options' values; a single select with none
    selected sends its first option's (the one a browser shows)."""
    options = select.xpath(".//option[not(@disabled)]")
    chosen = [option for option in options if option.get("selected") is not None]
    if select.get("multiple") is None:
        chosen = chosen[-1:] or options[:1]
    return [option.get("value", option.text_content()) for option in chosen]


def _control_values(control) -> list[str]:
    """What one control of a form sends, as a browser sends it (HTML's form data set)."""
    tag = control.tag
    if tag == "select":
        return _option_values(control)
    if tag == "textarea":
        text = control.text or ""
        text = text.removeprefix("\r\n") if text.startswith("\r\n") else text.removeprefix("\n")
        return [text.replace("\r\n", "\n").replace("\n", "\r\n")]
    kind = (control.get("type") or "text").lower()
    if kind in ("submit", "image", "reset", "button", "file"):
        return []
    if kind in ("checkbox", "radio"):
        return [control.get("value", "on")] if control.get("checked") is not None else []
    return [control.get("value", "")]


def drawn_form_data(response, button: str = "_save", **changes) -> dict[str, list[str]]:
    """What a browser posts when the editor presses `button` on the form `response`
    draws (the form holding a control of that name: a submit button, or any control of
    a form whose button has no name): every input, select and textarea with the value
    drawn, checked boxes only, nothing disabled; `changes` set or (None) remove values.
    Unlike form_data, it reads the HTML, so a field the page does not draw is not sent."""
    import lxml.html

    page = lxml.html.fromstring(response.content.decode())
    (form,) = page.xpath(f"//form[.//*[@name='{button}']]")
    data: dict[str, list[str]] = {}
    for control in form.xpath(".//input | .//select | .//textarea"):
        name = control.get("name")
        if name and control.get("disabled") is None:
            data.setdefault(name, []).extend(_control_values(control))
    pressed = form.xpath(f".//*[@name='{button}']")[0]
    if (pressed.get("type") or "").lower() == "submit":
        data[button] = [pressed.get("value", "")]
    for key, value in changes.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = [str(value)]
    return data


def confirm_revert(client, url: str, **kwargs):
    """An editor's "Yes, revert" on the revert preview at `url`: its form posted as drawn
    (with the version of the record the preview showed)."""
    preview = drawn_form_data(client.get(url), button="_audit_version")
    return client.post(url, preview, **kwargs)


def confirm_delete(client, url: str, **kwargs):
    """An editor's "Yes, I’m sure" on the delete page at `url`: its form posted as drawn
    (with the version of the record the page was drawn at)."""
    return client.post(url, drawn_form_data(client.get(url), button="post"), **kwargs)
