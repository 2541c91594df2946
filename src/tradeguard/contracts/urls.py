from django.urls import URLPattern, URLResolver, path

from tradeguard.contracts import views

app_name = "contracts"

urlpatterns: list[URLPattern | URLResolver] = [
    path("orders/<int:order_id>/draft/", views.contract_draft, name="draft"),
    path("orders/<int:order_id>/accept/", views.contract_accept, name="accept"),
    path("<int:contract_id>/pdf/", views.contract_pdf, name="pdf"),
    path("<int:contract_id>/docx/", views.contract_docx, name="docx"),
    path("clauses/", views.library, name="library"),
    path("clauses/<str:key>/", views.library_edit, name="library_edit"),
]
