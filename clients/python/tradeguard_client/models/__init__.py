""" Contains all the data models used in inputs/outputs """

from .acceptance_create import AcceptanceCreate
from .acceptance_party import AcceptanceParty
from .acceptance_read import AcceptanceRead
from .accounts_organizations_document_upload_multi_part_body_params import AccountsOrganizationsDocumentUploadMultiPartBodyParams
from .accounts_organizations_document_upload_multi_part_body_params_org_document_kind import AccountsOrganizationsDocumentUploadMultiPartBodyParamsOrgDocumentKind
from .agent_authorization_read import AgentAuthorizationRead
from .api_token_create import ApiTokenCreate
from .api_token_read import ApiTokenRead
from .appeal_create import AppealCreate
from .appeal_read import AppealRead
from .appeal_status import AppealStatus
from .aql_params import AqlParams
from .aql_params_inspection import AqlParamsInspection
from .aql_params_level import AqlParamsLevel
from .aql_plan_read import AqlPlanRead
from .attach_create import AttachCreate
from .attachment_read import AttachmentRead
from .attachment_status import AttachmentStatus
from .authorization_create import AuthorizationCreate
from .authorization_read import AuthorizationRead
from .authorization_status import AuthorizationStatus
from .award_status import AwardStatus
from .case_strength_read import CaseStrengthRead
from .catalog_listings_image_add_file_params import CatalogListingsImageAddFileParams
from .checklist_item_read import ChecklistItemRead
from .clause_kind import ClauseKind
from .clause_read import ClauseRead
from .clause_read_target_type_0 import ClauseReadTargetType0
from .complaint_brief import ComplaintBrief
from .complaint_create import ComplaintCreate
from .complaint_detail_read import ComplaintDetailRead
from .complaint_filed_data import ComplaintFiledData
from .complaint_item_brief import ComplaintItemBrief
from .complaint_list_params import ComplaintListParams
from .complaint_read import ComplaintRead
from .complaint_reason import ComplaintReason
from .complaint_status import ComplaintStatus
from .confirm_read import ConfirmRead
from .contract_acceptance_create import ContractAcceptanceCreate
from .contract_acceptance_read import ContractAcceptanceRead
from .contract_clause_read import ContractClauseRead
from .contract_create import ContractCreate
from .contract_party import ContractParty
from .contract_read import ContractRead
from .contract_read_parties import ContractReadParties
from .contract_read_terms import ContractReadTerms
from .contract_status import ContractStatus
from .counter_notice_read import CounterNoticeRead
from .court_action_in import CourtActionIn
from .decision_create import DecisionCreate
from .decision_in import DecisionIn
from .decision_outcome import DecisionOutcome
from .decision_read import DecisionRead
from .delivery_status import DeliveryStatus
from .diff_read import DiffRead
from .diff_row import DiffRow
from .diff_row_new_type_0 import DiffRowNewType0
from .diff_row_old_type_0 import DiffRowOldType0
from .dispute_case_read import DisputeCaseRead
from .dispute_clause_finding_read import DisputeClauseFindingRead
from .dispute_create import DisputeCreate
from .dispute_decided_data import DisputeDecidedData
from .dispute_escalated_data import DisputeEscalatedData
from .dispute_event_data import DisputeEventData
from .dispute_inspection_report_read import DisputeInspectionReportRead
from .dispute_list_params import DisputeListParams
from .dispute_opened_data import DisputeOpenedData
from .dispute_read import DisputeRead
from .dispute_read_escalated_by import DisputeReadEscalatedBy
from .dispute_read_evidence_limits import DisputeReadEvidenceLimits
from .dispute_read_next_action_by import DisputeReadNextActionBy
from .dispute_reason import DisputeReason
from .dispute_recommendation_read import DisputeRecommendationRead
from .dispute_record_read import DisputeRecordRead
from .dispute_signals_read import DisputeSignalsRead
from .dispute_status import DisputeStatus
from .dispute_summary import DisputeSummary
from .dispute_summary_next_action_by import DisputeSummaryNextActionBy
from .disputes_eligibility_dispute_reason import DisputesEligibilityDisputeReason
from .disputes_evidence_add_multi_part_body_params import DisputesEvidenceAddMultiPartBodyParams
from .disputes_evidence_add_multi_part_body_params_evidence_type import DisputesEvidenceAddMultiPartBodyParamsEvidenceType
from .draft_read import DraftRead
from .eligibility_read import EligibilityRead
from .eligibility_read_fields import EligibilityReadFields
from .error_code import ErrorCode
from .error_read import ErrorRead
from .error_read_fields import ErrorReadFields
from .escalate_body import EscalateBody
from .event_aggregate import EventAggregate
from .event_list_params import EventListParams
from .event_page import EventPage
from .event_read import EventRead
from .event_read_new import EventReadNew
from .event_read_old import EventReadOld
from .event_read_params import EventReadParams
from .evidence_read import EvidenceRead
from .evidence_status import EvidenceStatus
from .evidence_type import EvidenceType
from .feed_event_read import FeedEventRead
from .feed_event_read_new import FeedEventReadNew
from .feed_event_read_old import FeedEventReadOld
from .feed_event_read_params import FeedEventReadParams
from .file_content_params import FileContentParams
from .file_info_read import FileInfoRead
from .file_read import FileRead
from .finding_in import FindingIn
from .finding_read import FindingRead
from .forum import Forum
from .governing_law import GoverningLaw
from .group_decision_in import GroupDecisionIn
from .group_list_params import GroupListParams
from .group_list_params_status import GroupListParamsStatus
from .image_hash_status import ImageHashStatus
from .incoterm import Incoterm
from .input_ import Input
from .inspection_cancel import InspectionCancel
from .inspection_create import InspectionCreate
from .inspection_kind import InspectionKind
from .inspection_level import InspectionLevel
from .inspection_read import InspectionRead
from .inspection_read_overall_type_0 import InspectionReadOverallType0
from .inspection_read_plan import InspectionReadPlan
from .inspection_severity import InspectionSeverity
from .inspection_status import InspectionStatus
from .ip_appeal_read import IpAppealRead
from .ip_appeal_status import IpAppealStatus
from .ip_authorizations_create_multi_part_body_params import IpAuthorizationsCreateMultiPartBodyParams
from .ip_complaints_create_csv_multi_part_body_params import IpComplaintsCreateCsvMultiPartBodyParams
from .ip_complaints_export_response import IpComplaintsExportResponse
from .ip_decision_in import IpDecisionIn
from .ip_decision_in_decision import IpDecisionInDecision
from .ip_items_appeal_multi_part_body_params import IpItemsAppealMultiPartBodyParams
from .ip_items_counter_notice_multi_part_body_params import IpItemsCounterNoticeMultiPartBodyParams
from .ip_records_create_multi_part_body_params import IpRecordsCreateMultiPartBodyParams
from .ip_stats_period import IpStatsPeriod
from .ip_stats_response import IpStatsResponse
from .item_decided_data import ItemDecidedData
from .item_decision_in import ItemDecisionIn
from .item_detail_read import ItemDetailRead
from .item_detail_read_waiting_on import ItemDetailReadWaitingOn
from .item_list_params import ItemListParams
from .item_moved_data import ItemMovedData
from .item_read import ItemRead
from .item_read_waiting_on import ItemReadWaitingOn
from .item_status import ItemStatus
from .language import Language
from .legal_set_read import LegalSetRead
from .legal_text_read import LegalTextRead
from .library_clause_read import LibraryClauseRead
from .library_clause_update import LibraryClauseUpdate
from .library_kind import LibraryKind
from .listing_create import ListingCreate
from .listing_create_attributes import ListingCreateAttributes
from .listing_detail_read import ListingDetailRead
from .listing_detail_read_attributes import ListingDetailReadAttributes
from .listing_image_read import ListingImageRead
from .listing_list_params import ListingListParams
from .listing_read import ListingRead
from .listing_ref_in import ListingRefIn
from .listing_status import ListingStatus
from .listing_status_change import ListingStatusChange
from .listing_update import ListingUpdate
from .listing_update_attributes_type_0 import ListingUpdateAttributesType0
from .maintain_in import MaintainIn
from .mark_paid import MarkPaid
from .match_found_data import MatchFoundData
from .match_group_read import MatchGroupRead
from .match_list_params import MatchListParams
from .match_read import MatchRead
from .match_status import MatchStatus
from .me_read import MeRead
from .me_update import MeUpdate
from .message import Message
from .message_create import MessageCreate
from .message_read import MessageRead
from .monitored_image_read import MonitoredImageRead
from .monitored_list_params import MonitoredListParams
from .monitored_source import MonitoredSource
from .monitored_status import MonitoredStatus
from .monitoring_groups_list_status import MonitoringGroupsListStatus
from .monitoring_monitored_create_multi_part_body_params import MonitoringMonitoredCreateMultiPartBodyParams
from .next_step_read import NextStepRead
from .next_step_read_party_type_0 import NextStepReadPartyType0
from .notification_read import NotificationRead
from .notifications_events_list_event_aggregate import NotificationsEventsListEventAggregate
from .notifications_read_all_response import NotificationsReadAllResponse
from .obligation_confirm import ObligationConfirm
from .obligation_kind import ObligationKind
from .obligation_read import ObligationRead
from .obligation_status import ObligationStatus
from .order_cancel import OrderCancel
from .order_contract_read import OrderContractRead
from .order_create import OrderCreate
from .order_detail_read import OrderDetailRead
from .order_document_kind import OrderDocumentKind
from .order_document_read import OrderDocumentRead
from .order_item_create import OrderItemCreate
from .order_item_read import OrderItemRead
from .order_kind import OrderKind
from .order_list_params import OrderListParams
from .order_read import OrderRead
from .order_ship import OrderShip
from .order_status import OrderStatus
from .order_transition import OrderTransition
from .orders_document_add_multi_part_body_params import OrdersDocumentAddMultiPartBodyParams
from .orders_document_add_multi_part_body_params_order_document_kind import OrdersDocumentAddMultiPartBodyParamsOrderDocumentKind
from .org_brief import OrgBrief
from .org_contact import OrgContact
from .org_document_kind import OrgDocumentKind
from .org_kind import OrgKind
from .org_ref import OrgRef
from .organization_brief import OrganizationBrief
from .organization_create import OrganizationCreate
from .organization_document_read import OrganizationDocumentRead
from .organization_list_params import OrganizationListParams
from .organization_read import OrganizationRead
from .paged_authorization_read import PagedAuthorizationRead
from .paged_complaint_read import PagedComplaintRead
from .paged_dispute_summary import PagedDisputeSummary
from .paged_inspection_read import PagedInspectionRead
from .paged_item_read import PagedItemRead
from .paged_listing_read import PagedListingRead
from .paged_match_group_read import PagedMatchGroupRead
from .paged_match_read import PagedMatchRead
from .paged_monitored_image_read import PagedMonitoredImageRead
from .paged_notification_read import PagedNotificationRead
from .paged_order_read import PagedOrderRead
from .paged_organization_read import PagedOrganizationRead
from .paged_record_read import PagedRecordRead
from .paged_spec_read import PagedSpecRead
from .paged_watch_set_read import PagedWatchSetRead
from .paged_webhook_delivery_read import PagedWebhookDeliveryRead
from .party import Party
from .password_change import PasswordChange
from .password_reset_confirm import PasswordResetConfirm
from .password_reset_request import PasswordResetRequest
from .payment_create import PaymentCreate
from .payment_method import PaymentMethod
from .payment_read import PaymentRead
from .photo_read import PhotoRead
from .prevailing_language import PrevailingLanguage
from .proposal_create import ProposalCreate
from .proposal_read import ProposalRead
from .proposal_reject import ProposalReject
from .proposal_status import ProposalStatus
from .quality_settings_read import QualitySettingsRead
from .quality_settings_update import QualitySettingsUpdate
from .readiness_item_read import ReadinessItemRead
from .readiness_link_read import ReadinessLinkRead
from .readiness_read import ReadinessRead
from .reason_in import ReasonIn
from .recommendation_read import RecommendationRead
from .record_brief import RecordBrief
from .record_image_kind import RecordImageKind
from .record_image_read import RecordImageRead
from .record_kind import RecordKind
from .record_list_params import RecordListParams
from .record_read import RecordRead
from .record_status import RecordStatus
from .refund_entry_status import RefundEntryStatus
from .refund_paid_data import RefundPaidData
from .refund_read import RefundRead
from .refund_status import RefundStatus
from .reject_in import RejectIn
from .rejection_reason import RejectionReason
from .removal_kind import RemovalKind
from .report_attach_in import ReportAttachIn
from .report_read import ReportRead
from .report_read_content import ReportReadContent
from .report_read_overall import ReportReadOverall
from .report_read_verdict import ReportReadVerdict
from .report_save import ReportSave
from .report_save_content import ReportSaveContent
from .report_status import ReportStatus
from .reporter_standing_read import ReporterStandingRead
from .requested_outcome import RequestedOutcome
from .requirement_in import RequirementIn
from .requirement_read import RequirementRead
from .requirement_source import RequirementSource
from .return_shipment import ReturnShipment
from .return_status import ReturnStatus
from .review_decision import ReviewDecision
from .role import Role
from .sanction_entry_read import SanctionEntryRead
from .sanction_kind import SanctionKind
from .sanctions_data import SanctionsData
from .scam_signal_read import ScamSignalRead
from .scan_read import ScanRead
from .scan_status import ScanStatus
from .severity import Severity
from .shipment_event_create import ShipmentEventCreate
from .shipment_event_read import ShipmentEventRead
from .shipment_event_status import ShipmentEventStatus
from .signal_kind import SignalKind
from .signal_review import SignalReview
from .signal_status import SignalStatus
from .signed_statements_read import SignedStatementsRead
from .signed_statements_read_texts_item import SignedStatementsReadTextsItem
from .sor_decision import SorDecision
from .spec_clause_finding_read import SpecClauseFindingRead
from .spec_create import SpecCreate
from .spec_create_clauses_item import SpecCreateClausesItem
from .spec_read import SpecRead
from .spec_version_brief import SpecVersionBrief
from .spec_version_create import SpecVersionCreate
from .spec_version_create_clauses_item import SpecVersionCreateClausesItem
from .spec_version_read import SpecVersionRead
from .specs_aql_plan_inspection import SpecsAqlPlanInspection
from .specs_aql_plan_level import SpecsAqlPlanLevel
from .specs_export_json_response import SpecsExportJsonResponse
from .specs_import_body import SpecsImportBody
from .specs_import_xlsx_multi_part_body_params import SpecsImportXlsxMultiPartBodyParams
from .specs_inspections_photo_add_multi_part_body_params import SpecsInspectionsPhotoAddMultiPartBodyParams
from .specs_order_sample_photo_add_multi_part_body_params import SpecsOrderSamplePhotoAddMultiPartBodyParams
from .standing_level import StandingLevel
from .standing_read import StandingRead
from .statement_read import StatementRead
from .stats_params import StatsParams
from .stats_params_period import StatsParamsPeriod
from .thumbnail_params import ThumbnailParams
from .timeline_entry import TimelineEntry
from .timeline_entry_new import TimelineEntryNew
from .timeline_entry_old import TimelineEntryOld
from .timeline_entry_params import TimelineEntryParams
from .token_create import TokenCreate
from .token_issued import TokenIssued
from .token_kind import TokenKind
from .user_create import UserCreate
from .user_read import UserRead
from .verification_decision import VerificationDecision
from .verification_decision_decision import VerificationDecisionDecision
from .verification_status import VerificationStatus
from .watch_set_create import WatchSetCreate
from .watch_set_read import WatchSetRead
from .webhook_delivery_read import WebhookDeliveryRead
from .webhook_endpoint_create import WebhookEndpointCreate
from .webhook_endpoint_read import WebhookEndpointRead
from .webhook_event import WebhookEvent
from .webhook_event_read import WebhookEventRead
from .window_read import WindowRead
from .withdraw_body import WithdrawBody
from .withdraw_in import WithdrawIn

__all__ = (
    "AcceptanceCreate",
    "AcceptanceParty",
    "AcceptanceRead",
    "AccountsOrganizationsDocumentUploadMultiPartBodyParams",
    "AccountsOrganizationsDocumentUploadMultiPartBodyParamsOrgDocumentKind",
    "AgentAuthorizationRead",
    "ApiTokenCreate",
    "ApiTokenRead",
    "AppealCreate",
    "AppealRead",
    "AppealStatus",
    "AqlParams",
    "AqlParamsInspection",
    "AqlParamsLevel",
    "AqlPlanRead",
    "AttachCreate",
    "AttachmentRead",
    "AttachmentStatus",
    "AuthorizationCreate",
    "AuthorizationRead",
    "AuthorizationStatus",
    "AwardStatus",
    "CaseStrengthRead",
    "CatalogListingsImageAddFileParams",
    "ChecklistItemRead",
    "ClauseKind",
    "ClauseRead",
    "ClauseReadTargetType0",
    "ComplaintBrief",
    "ComplaintCreate",
    "ComplaintDetailRead",
    "ComplaintFiledData",
    "ComplaintItemBrief",
    "ComplaintListParams",
    "ComplaintRead",
    "ComplaintReason",
    "ComplaintStatus",
    "ConfirmRead",
    "ContractAcceptanceCreate",
    "ContractAcceptanceRead",
    "ContractClauseRead",
    "ContractCreate",
    "ContractParty",
    "ContractRead",
    "ContractReadParties",
    "ContractReadTerms",
    "ContractStatus",
    "CounterNoticeRead",
    "CourtActionIn",
    "DecisionCreate",
    "DecisionIn",
    "DecisionOutcome",
    "DecisionRead",
    "DeliveryStatus",
    "DiffRead",
    "DiffRow",
    "DiffRowNewType0",
    "DiffRowOldType0",
    "DisputeCaseRead",
    "DisputeClauseFindingRead",
    "DisputeCreate",
    "DisputeDecidedData",
    "DisputeEscalatedData",
    "DisputeEventData",
    "DisputeInspectionReportRead",
    "DisputeListParams",
    "DisputeOpenedData",
    "DisputeRead",
    "DisputeReadEscalatedBy",
    "DisputeReadEvidenceLimits",
    "DisputeReadNextActionBy",
    "DisputeReason",
    "DisputeRecommendationRead",
    "DisputeRecordRead",
    "DisputesEligibilityDisputeReason",
    "DisputesEvidenceAddMultiPartBodyParams",
    "DisputesEvidenceAddMultiPartBodyParamsEvidenceType",
    "DisputeSignalsRead",
    "DisputeStatus",
    "DisputeSummary",
    "DisputeSummaryNextActionBy",
    "DraftRead",
    "EligibilityRead",
    "EligibilityReadFields",
    "ErrorCode",
    "ErrorRead",
    "ErrorReadFields",
    "EscalateBody",
    "EventAggregate",
    "EventListParams",
    "EventPage",
    "EventRead",
    "EventReadNew",
    "EventReadOld",
    "EventReadParams",
    "EvidenceRead",
    "EvidenceStatus",
    "EvidenceType",
    "FeedEventRead",
    "FeedEventReadNew",
    "FeedEventReadOld",
    "FeedEventReadParams",
    "FileContentParams",
    "FileInfoRead",
    "FileRead",
    "FindingIn",
    "FindingRead",
    "Forum",
    "GoverningLaw",
    "GroupDecisionIn",
    "GroupListParams",
    "GroupListParamsStatus",
    "ImageHashStatus",
    "Incoterm",
    "Input",
    "InspectionCancel",
    "InspectionCreate",
    "InspectionKind",
    "InspectionLevel",
    "InspectionRead",
    "InspectionReadOverallType0",
    "InspectionReadPlan",
    "InspectionSeverity",
    "InspectionStatus",
    "IpAppealRead",
    "IpAppealStatus",
    "IpAuthorizationsCreateMultiPartBodyParams",
    "IpComplaintsCreateCsvMultiPartBodyParams",
    "IpComplaintsExportResponse",
    "IpDecisionIn",
    "IpDecisionInDecision",
    "IpItemsAppealMultiPartBodyParams",
    "IpItemsCounterNoticeMultiPartBodyParams",
    "IpRecordsCreateMultiPartBodyParams",
    "IpStatsPeriod",
    "IpStatsResponse",
    "ItemDecidedData",
    "ItemDecisionIn",
    "ItemDetailRead",
    "ItemDetailReadWaitingOn",
    "ItemListParams",
    "ItemMovedData",
    "ItemRead",
    "ItemReadWaitingOn",
    "ItemStatus",
    "Language",
    "LegalSetRead",
    "LegalTextRead",
    "LibraryClauseRead",
    "LibraryClauseUpdate",
    "LibraryKind",
    "ListingCreate",
    "ListingCreateAttributes",
    "ListingDetailRead",
    "ListingDetailReadAttributes",
    "ListingImageRead",
    "ListingListParams",
    "ListingRead",
    "ListingRefIn",
    "ListingStatus",
    "ListingStatusChange",
    "ListingUpdate",
    "ListingUpdateAttributesType0",
    "MaintainIn",
    "MarkPaid",
    "MatchFoundData",
    "MatchGroupRead",
    "MatchListParams",
    "MatchRead",
    "MatchStatus",
    "MeRead",
    "Message",
    "MessageCreate",
    "MessageRead",
    "MeUpdate",
    "MonitoredImageRead",
    "MonitoredListParams",
    "MonitoredSource",
    "MonitoredStatus",
    "MonitoringGroupsListStatus",
    "MonitoringMonitoredCreateMultiPartBodyParams",
    "NextStepRead",
    "NextStepReadPartyType0",
    "NotificationRead",
    "NotificationsEventsListEventAggregate",
    "NotificationsReadAllResponse",
    "ObligationConfirm",
    "ObligationKind",
    "ObligationRead",
    "ObligationStatus",
    "OrderCancel",
    "OrderContractRead",
    "OrderCreate",
    "OrderDetailRead",
    "OrderDocumentKind",
    "OrderDocumentRead",
    "OrderItemCreate",
    "OrderItemRead",
    "OrderKind",
    "OrderListParams",
    "OrderRead",
    "OrdersDocumentAddMultiPartBodyParams",
    "OrdersDocumentAddMultiPartBodyParamsOrderDocumentKind",
    "OrderShip",
    "OrderStatus",
    "OrderTransition",
    "OrganizationBrief",
    "OrganizationCreate",
    "OrganizationDocumentRead",
    "OrganizationListParams",
    "OrganizationRead",
    "OrgBrief",
    "OrgContact",
    "OrgDocumentKind",
    "OrgKind",
    "OrgRef",
    "PagedAuthorizationRead",
    "PagedComplaintRead",
    "PagedDisputeSummary",
    "PagedInspectionRead",
    "PagedItemRead",
    "PagedListingRead",
    "PagedMatchGroupRead",
    "PagedMatchRead",
    "PagedMonitoredImageRead",
    "PagedNotificationRead",
    "PagedOrderRead",
    "PagedOrganizationRead",
    "PagedRecordRead",
    "PagedSpecRead",
    "PagedWatchSetRead",
    "PagedWebhookDeliveryRead",
    "Party",
    "PasswordChange",
    "PasswordResetConfirm",
    "PasswordResetRequest",
    "PaymentCreate",
    "PaymentMethod",
    "PaymentRead",
    "PhotoRead",
    "PrevailingLanguage",
    "ProposalCreate",
    "ProposalRead",
    "ProposalReject",
    "ProposalStatus",
    "QualitySettingsRead",
    "QualitySettingsUpdate",
    "ReadinessItemRead",
    "ReadinessLinkRead",
    "ReadinessRead",
    "ReasonIn",
    "RecommendationRead",
    "RecordBrief",
    "RecordImageKind",
    "RecordImageRead",
    "RecordKind",
    "RecordListParams",
    "RecordRead",
    "RecordStatus",
    "RefundEntryStatus",
    "RefundPaidData",
    "RefundRead",
    "RefundStatus",
    "RejectIn",
    "RejectionReason",
    "RemovalKind",
    "ReportAttachIn",
    "ReporterStandingRead",
    "ReportRead",
    "ReportReadContent",
    "ReportReadOverall",
    "ReportReadVerdict",
    "ReportSave",
    "ReportSaveContent",
    "ReportStatus",
    "RequestedOutcome",
    "RequirementIn",
    "RequirementRead",
    "RequirementSource",
    "ReturnShipment",
    "ReturnStatus",
    "ReviewDecision",
    "Role",
    "SanctionEntryRead",
    "SanctionKind",
    "SanctionsData",
    "ScamSignalRead",
    "ScanRead",
    "ScanStatus",
    "Severity",
    "ShipmentEventCreate",
    "ShipmentEventRead",
    "ShipmentEventStatus",
    "SignalKind",
    "SignalReview",
    "SignalStatus",
    "SignedStatementsRead",
    "SignedStatementsReadTextsItem",
    "SorDecision",
    "SpecClauseFindingRead",
    "SpecCreate",
    "SpecCreateClausesItem",
    "SpecRead",
    "SpecsAqlPlanInspection",
    "SpecsAqlPlanLevel",
    "SpecsExportJsonResponse",
    "SpecsImportBody",
    "SpecsImportXlsxMultiPartBodyParams",
    "SpecsInspectionsPhotoAddMultiPartBodyParams",
    "SpecsOrderSamplePhotoAddMultiPartBodyParams",
    "SpecVersionBrief",
    "SpecVersionCreate",
    "SpecVersionCreateClausesItem",
    "SpecVersionRead",
    "StandingLevel",
    "StandingRead",
    "StatementRead",
    "StatsParams",
    "StatsParamsPeriod",
    "ThumbnailParams",
    "TimelineEntry",
    "TimelineEntryNew",
    "TimelineEntryOld",
    "TimelineEntryParams",
    "TokenCreate",
    "TokenIssued",
    "TokenKind",
    "UserCreate",
    "UserRead",
    "VerificationDecision",
    "VerificationDecisionDecision",
    "VerificationStatus",
    "WatchSetCreate",
    "WatchSetRead",
    "WebhookDeliveryRead",
    "WebhookEndpointCreate",
    "WebhookEndpointRead",
    "WebhookEvent",
    "WebhookEventRead",
    "WindowRead",
    "WithdrawBody",
    "WithdrawIn",
)
