from django.urls import URLPattern, URLResolver, path

from tradeguard.specs import views

app_name = "specs"

urlpatterns: list[URLPattern | URLResolver] = [
    path("", views.spec_list, name="list"),
    path("new/", views.spec_new, name="new"),
    path("import/", views.spec_import, name="import"),
    path("template.xlsx", views.spec_template, name="template"),
    path("clause-preview/", views.clause_preview, name="clause_preview"),
    path("<int:spec_id>/", views.spec_detail, name="detail"),
    path("<int:spec_id>/edit/", views.spec_edit, name="edit"),
    path("<int:spec_id>/import/", views.spec_import, name="import_version"),
    path("<int:spec_id>/diff/", views.spec_diff, name="diff"),
    path("<int:spec_id>/v/<int:number>/", views.spec_detail, name="version"),
    path("<int:spec_id>/v/<int:number>/attach/", views.spec_attach, name="attach"),
    path("<int:spec_id>/v/<int:number>/export.<str:fmt>", views.spec_export, name="export"),
    path("orders/<int:order_id>/", views.order_spec, name="order"),
    path("orders/<int:order_id>/<str:action>/", views.order_spec_action, name="order_action"),
    path("photos/<str:kind>/<int:photo_id>/", views.photo_file, name="photo"),
    path("inspections/", views.inspection_list, name="inspections"),
    path("inspections/<int:inspection_id>/", views.inspection_detail, name="inspection"),
    path("inspections/<int:inspection_id>/report/", views.report_edit, name="report_edit"),
    path("inspections/<int:inspection_id>/sign/", views.inspection_sign, name="sign"),
    path("inspections/<int:inspection_id>/cancel/", views.inspection_cancel, name="cancel"),
]
