from django.contrib import admin

from tradeguard.specs.models import Inspection, InspectionReport, Specification, SpecVersion


@admin.register(Specification)
class SpecificationAdmin(admin.ModelAdmin):
    list_display = ("product_name", "reference", "buyer", "created_at")
    search_fields = ("product_name", "reference")


@admin.register(SpecVersion)
class SpecVersionAdmin(admin.ModelAdmin):
    list_display = ("specification", "number", "sha256", "created_at")
    readonly_fields = ("canonical", "sha256")


@admin.register(Inspection)
class InspectionAdmin(admin.ModelAdmin):
    list_display = ("pk", "order", "kind", "status", "inspector_org", "created_at")
    list_filter = ("kind", "status")


@admin.register(InspectionReport)
class InspectionReportAdmin(admin.ModelAdmin):
    list_display = ("inspection", "number", "status", "overall", "signed_at")
    readonly_fields = ("content", "verdict", "sha256")
