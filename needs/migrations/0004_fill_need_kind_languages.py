"""Fill kind, languages and page_language for needs that existed before those fields.

Uses the same pure functions as extraction (``needs.extraction.kinds`` and ``.language``):
they take text only and touch no model, so calling them here is safe.  Staff can correct
any value in the admin afterwards.
"""

from django.db import migrations


def fill(apps, schema_editor):
    from needs.extraction.kinds import kind_of, required_languages
    from needs.extraction.language import detect_language

    Need = apps.get_model("needs", "Need")
    batch = []
    for need in Need.objects.only("pk", "title", "description").iterator(chunk_size=500):
        text = f"{need.title}\n{need.description}"
        need.page_language = detect_language(text) or "en"
        need.kind = kind_of(need.title, need.description)
        need.languages = required_languages(text, need.page_language)
        batch.append(need)
        if len(batch) >= 500:
            Need.objects.bulk_update(batch, ["page_language", "kind", "languages"])
            batch = []
    if batch:
        Need.objects.bulk_update(batch, ["page_language", "kind", "languages"])


class Migration(migrations.Migration):
    dependencies = [("needs", "0003_need_kind_languages")]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
