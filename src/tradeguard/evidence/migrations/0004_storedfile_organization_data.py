from django.db import migrations


def uploader_organization(apps, schema_editor):
    """Existing rows belong to their uploader's organization."""
    StoredFile = apps.get_model("evidence", "StoredFile")
    User = apps.get_model("accounts", "User")
    orgs = dict(User.objects.filter(organization__isnull=False).values_list("pk", "organization_id"))
    for stored in StoredFile.objects.filter(uploaded_by__isnull=False).only("pk", "uploaded_by_id"):
        org = orgs.get(stored.uploaded_by_id)
        if org:
            StoredFile.objects.filter(pk=stored.pk).update(organization_id=org)


class Migration(migrations.Migration):
    dependencies = [("evidence", "0003_storedfile_per_organization")]

    operations = [migrations.RunPython(uploader_organization, migrations.RunPython.noop)]
