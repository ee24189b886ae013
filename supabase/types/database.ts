export type Json = string | number | boolean | null | { [key: string]: Json | undefined } | Json[];

export type Database = {
  "public": {
    Tables: {
      "ai_feedback": {
        Row: {
          "action": string;
          "address": string | null;
          "class": string;
          "confidence": number | null;
          "corrected_value": string | null;
          "fact_id": string | null;
          "id": number;
          "message_id": string | null;
          "occurred_at": string;
          "original_value": string | null;
          "source": string;
          "subject": string;
          "team_id": string;
          "user_id": string | null;
        };
        ComputedFields: never;
        Insert: {
          "action": string;
          "address"?: string | null;
          "class": string;
          "confidence"?: number | null;
          "corrected_value"?: string | null;
          "fact_id"?: string | null;
          "id"?: never;
          "message_id"?: string | null;
          "occurred_at": string;
          "original_value"?: string | null;
          "source": string;
          "subject": string;
          "team_id": string;
          "user_id"?: string | null;
        };
        Update: {
          "action"?: string;
          "address"?: string | null;
          "class"?: string;
          "confidence"?: number | null;
          "corrected_value"?: string | null;
          "fact_id"?: string | null;
          "id"?: never;
          "message_id"?: string | null;
          "occurred_at"?: string;
          "original_value"?: string | null;
          "source"?: string;
          "subject"?: string;
          "team_id"?: string;
          "user_id"?: string | null;
        };
        Relationships: [
          {
            foreignKeyName: "ai_feedback_message_id_fkey";
            columns: ["message_id"];
            isOneToOne: false;
            referencedRelation: "followup_promise_violations";
            referencedColumns: ["answer_message_id"];
          },
          {
            foreignKeyName: "ai_feedback_message_id_fkey";
            columns: ["message_id"];
            isOneToOne: false;
            referencedRelation: "messages";
            referencedColumns: ["id"];
          },
          {
            foreignKeyName: "ai_feedback_team_id_fkey";
            columns: ["team_id"];
            isOneToOne: false;
            referencedRelation: "teams";
            referencedColumns: ["id"];
          },
        ];
      };
      "ai_user_preferences": {
        Row: {
          "action": string;
          "address": string | null;
          "created_at": string;
          "expires_at": string;
          "field": string;
          "final_value": string | null;
          "id": string;
          "suggested_value": string | null;
          "team_id": string;
          "user_id": string;
        };
        ComputedFields: never;
        Insert: {
          "action": string;
          "address"?: string | null;
          "created_at": string;
          "expires_at": string;
          "field": string;
          "final_value"?: string | null;
          "id"?: string;
          "suggested_value"?: string | null;
          "team_id": string;
          "user_id": string;
        };
        Update: {
          "action"?: string;
          "address"?: string | null;
          "created_at"?: string;
          "expires_at"?: string;
          "field"?: string;
          "final_value"?: string | null;
          "id"?: string;
          "suggested_value"?: string | null;
          "team_id"?: string;
          "user_id"?: string;
        };
        Relationships: [
          {
            foreignKeyName: "ai_user_preferences_team_id_fkey";
            columns: ["team_id"];
            isOneToOne: false;
            referencedRelation: "teams";
            referencedColumns: ["id"];
          },
          {
            foreignKeyName: "ai_user_preferences_team_id_user_id_fkey";
            columns: ["team_id", "user_id"];
            isOneToOne: false;
            referencedRelation: "team_members";
            referencedColumns: ["team_id", "user_id"];
          },
        ];
      };
      "audit_log": {
        Row: {
          "action": string;
          "actor_id": string | null;
          "actor_role": string;
          "after": Json | null;
          "before": Json | null;
          "entity_id": string | null;
          "entity_type": string;
          "id": number;
          "ip": unknown;
          "occurred_at": string;
          "team_id": string;
          "user_agent": string | null;
        };
        ComputedFields: never;
        Insert: {
          "action": string;
          "actor_id"?: string | null;
          "actor_role": string;
          "after"?: Json | null;
          "before"?: Json | null;
          "entity_id"?: string | null;
          "entity_type": string;
          "id"?: never;
          "ip"?: unknown;
          "occurred_at": string;
          "team_id": string;
          "user_agent"?: string | null;
        };
        Update: {
          "action"?: string;
          "actor_id"?: string | null;
          "actor_role"?: string;
          "after"?: Json | null;
          "before"?: Json | null;
          "entity_id"?: string | null;
          "entity_type"?: string;
          "id"?: never;
          "ip"?: unknown;
          "occurred_at"?: string;
          "team_id"?: string;
          "user_agent"?: string | null;
        };
        Relationships: [
          {
            foreignKeyName: "audit_log_team_id_fkey";
            columns: ["team_id"];
            isOneToOne: false;
            referencedRelation: "teams";
            referencedColumns: ["id"];
          },
        ];
      };
      "compliance_reports": {
        Row: {
          "access_by_user": NonNullable<Json>;
          "anomalies": NonNullable<Json>;
          "anonymisations": number;
          "erasures": number;
          "exports": number;
          "generated_at": string;
          "id": number;
          "month": string;
          "reads": number;
          "retention": NonNullable<Json>;
          "retention_runs": number;
          "team_id": string;
        };
        ComputedFields: never;
        Insert: {
          "access_by_user"?: NonNullable<Json>;
          "anomalies"?: NonNullable<Json>;
          "anonymisations": number;
          "erasures": number;
          "exports": number;
          "generated_at": string;
          "id"?: never;
          "month": string;
          "reads": number;
          "retention"?: NonNullable<Json>;
          "retention_runs": number;
          "team_id": string;
        };
        Update: {
          "access_by_user"?: NonNullable<Json>;
          "anomalies"?: NonNullable<Json>;
          "anonymisations"?: number;
          "erasures"?: number;
          "exports"?: number;
          "generated_at"?: string;
          "id"?: never;
          "month"?: string;
          "reads"?: number;
          "retention"?: NonNullable<Json>;
          "retention_runs"?: number;
          "team_id"?: string;
        };
        Relationships: [
          {
            foreignKeyName: "compliance_reports_team_id_fkey";
            columns: ["team_id"];
            isOneToOne: false;
            referencedRelation: "teams";
            referencedColumns: ["id"];
          },
        ];
      };
      "contact_facts": {
        Row: {
          "address": string;
          "confidence": number;
          "contact_id": string;
          "created_at": string;
          "decided_at": string | null;
          "decided_by": string | null;
          "field": string;
          "first_observed_at": string;
          "id": string;
          "observed_at": string;
          "seen_count": number;
          "source": Database["public"]["Enums"]["fact_source"];
          "source_message_id": string | null;
          "status": Database["public"]["Enums"]["fact_status"];
          "team_id": string;
          "value": string;
        };
        ComputedFields: never;
        Insert: {
          "address": string;
          "confidence": number;
          "contact_id": string;
          "created_at"?: string;
          "decided_at"?: string | null;
          "decided_by"?: string | null;
          "field": string;
          "first_observed_at": string;
          "id"?: string;
          "observed_at": string;
          "seen_count"?: number;
          "source": Database["public"]["Enums"]["fact_source"];
          "source_message_id"?: string | null;
          "status": Database["public"]["Enums"]["fact_status"];
          "team_id": string;
          "value": string;
        };
        Update: {
          "address"?: string;
          "confidence"?: number;
          "contact_id"?: string;
          "created_at"?: string;
          "decided_at"?: string | null;
          "decided_by"?: string | null;
          "field"?: string;
          "first_observed_at"?: string;
          "id"?: string;
          "observed_at"?: string;
          "seen_count"?: number;
          "source"?: Database["public"]["Enums"]["fact_source"];
          "source_message_id"?: string | null;
          "status"?: Database["public"]["Enums"]["fact_status"];
          "team_id"?: string;
          "value"?: string;
        };
        Relationships: [
          {
            foreignKeyName: "contact_facts_contact_id_fkey";
            columns: ["contact_id"];
            isOneToOne: false;
            referencedRelation: "contacts";
            referencedColumns: ["id"];
          },
          {
            foreignKeyName: "contact_facts_contact_id_fkey";
            columns: ["contact_id"];
            isOneToOne: false;
            referencedRelation: "tracked_email_contacts";
            referencedColumns: ["contact_id"];
          },
          {
            foreignKeyName: "contact_facts_source_message_id_fkey";
            columns: ["source_message_id"];
            isOneToOne: false;
            referencedRelation: "followup_promise_violations";
            referencedColumns: ["answer_message_id"];
          },
          {
            foreignKeyName: "contact_facts_source_message_id_fkey";
            columns: ["source_message_id"];
            isOneToOne: false;
            referencedRelation: "messages";
            referencedColumns: ["id"];
          },
          {
            foreignKeyName: "contact_facts_team_id_fkey";
            columns: ["team_id"];
            isOneToOne: false;
            referencedRelation: "teams";
            referencedColumns: ["id"];
          },
        ];
      };
      "contacts": {
        Row: {
          "address": string;
          "basis_at": string | null;
          "basis_source": string;
          "company": string | null;
          "created_at": string;
          "first_seen_at": string;
          "id": string;
          "last_seen_at": string;
          "lawful_basis": Database["public"]["Enums"]["lawful_basis"];
          "linkedin": string | null;
          "name": string | null;
          "objected_at": string | null;
          "objection_detail": string | null;
          "organisation_id": string | null;
          "owner_id": string | null;
          "phone_fax": string | null;
          "phone_landline": string | null;
          "phone_mobile": string | null;
          "postal_address": string | null;
          "team_id": string;
          "title": string | null;
          "updated_at": string;
          "website": string | null;
        };
        ComputedFields: never;
        Insert: {
          "address": string;
          "basis_at"?: string | null;
          "basis_source"?: string;
          "company"?: string | null;
          "created_at"?: string;
          "first_seen_at": string;
          "id"?: string;
          "last_seen_at": string;
          "lawful_basis"?: Database["public"]["Enums"]["lawful_basis"];
          "linkedin"?: string | null;
          "name"?: string | null;
          "objected_at"?: string | null;
          "objection_detail"?: string | null;
          "organisation_id"?: string | null;
          "owner_id"?: string | null;
          "phone_fax"?: string | null;
          "phone_landline"?: string | null;
          "phone_mobile"?: string | null;
          "postal_address"?: string | null;
          "team_id": string;
          "title"?: string | null;
          "updated_at"?: string;
          "website"?: string | null;
        };
        Update: {
          "address"?: string;
          "basis_at"?: string | null;
          "basis_source"?: string;
          "company"?: string | null;
          "created_at"?: string;
          "first_seen_at"?: string;
          "id"?: string;
          "last_seen_at"?: string;
          "lawful_basis"?: Database["public"]["Enums"]["lawful_basis"];
          "linkedin"?: string | null;
          "name"?: string | null;
          "objected_at"?: string | null;
          "objection_detail"?: string | null;
          "organisation_id"?: string | null;
          "owner_id"?: string | null;
          "phone_fax"?: string | null;
          "phone_landline"?: string | null;
          "phone_mobile"?: string | null;
          "postal_address"?: string | null;
          "team_id"?: string;
          "title"?: string | null;
          "updated_at"?: string;
          "website"?: string | null;
        };
        Relationships: [
          {
            foreignKeyName: "contacts_organisation_id_fkey";
            columns: ["organisation_id"];
            isOneToOne: false;
            referencedRelation: "organisations";
            referencedColumns: ["id"];
          },
          {
            foreignKeyName: "contacts_team_id_fkey";
            columns: ["team_id"];
            isOneToOne: false;
            referencedRelation: "teams";
            referencedColumns: ["id"];
          },
          {
            foreignKeyName: "contacts_team_id_owner_id_fkey";
            columns: ["team_id", "owner_id"];
            isOneToOne: false;
            referencedRelation: "team_members";
            referencedColumns: ["team_id", "user_id"];
          },
        ];
      };
      "conversations": {
        Row: {
          "created_at": string;
          "id": string;
          "last_message_at": string | null;
          "mailbox_id": string;
          "normalized_subject": string | null;
          "provider_thread_id": string | null;
          "subject": string | null;
          "team_id": string;
        };
        ComputedFields: never;
        Insert: {
          "created_at"?: string;
          "id"?: string;
          "last_message_at"?: string | null;
          "mailbox_id": string;
          "normalized_subject"?: string | null;
          "provider_thread_id"?: string | null;
          "subject"?: string | null;
          "team_id": string;
        };
        Update: {
          "created_at"?: string;
          "id"?: string;
          "last_message_at"?: string | null;
          "mailbox_id"?: string;
          "normalized_subject"?: string | null;
          "provider_thread_id"?: string | null;
          "subject"?: string | null;
          "team_id"?: string;
        };
        Relationships: [
          {
            foreignKeyName: "conversations_mailbox_id_fkey";
            columns: ["mailbox_id"];
            isOneToOne: false;
            referencedRelation: "mailboxes";
            referencedColumns: ["id"];
          },
          {
            foreignKeyName: "conversations_team_id_fkey";
            columns: ["team_id"];
            isOneToOne: false;
            referencedRelation: "teams";
            referencedColumns: ["id"];
          },
        ];
      };
      "data_access_logs": {
        Row: {
          "access_type": string;
          "actor_id": string | null;
          "actor_role": string;
          "address": string | null;
          "entity_id": string | null;
          "entity_type": string;
          "id": number;
          "ip": unknown;
          "occurred_at": string;
          "team_id": string;
          "user_agent": string | null;
        };
        ComputedFields: never;
        Insert: {
          "access_type": string;
          "actor_id"?: string | null;
          "actor_role": string;
          "address"?: string | null;
          "entity_id"?: string | null;
          "entity_type": string;
          "id"?: never;
          "ip"?: unknown;
          "occurred_at": string;
          "team_id": string;
          "user_agent"?: string | null;
        };
        Update: {
          "access_type"?: string;
          "actor_id"?: string | null;
          "actor_role"?: string;
          "address"?: string | null;
          "entity_id"?: string | null;
          "entity_type"?: string;
          "id"?: never;
          "ip"?: unknown;
          "occurred_at"?: string;
          "team_id"?: string;
          "user_agent"?: string | null;
        };
        Relationships: [
          {
            foreignKeyName: "data_access_logs_team_id_fkey";
            columns: ["team_id"];
            isOneToOne: false;
            referencedRelation: "teams";
            referencedColumns: ["id"];
          },
        ];
      };
      "dead_letters": {
        Row: {
          "attempts": number;
          "first_failed_at": string;
          "folder": string | null;
          "id": string;
          "last_failed_at": string;
          "mailbox_id": string;
          "provider_message_id": string;
          "reason": string;
          "resolved_at": string | null;
          "retry_requested_at": string | null;
          "retry_requested_by": string | null;
          "sqlstate": string | null;
          "stage": string;
          "status": string;
          "team_id": string;
        };
        ComputedFields: never;
        Insert: {
          "attempts"?: number;
          "first_failed_at": string;
          "folder"?: string | null;
          "id"?: string;
          "last_failed_at": string;
          "mailbox_id": string;
          "provider_message_id": string;
          "reason": string;
          "resolved_at"?: string | null;
          "retry_requested_at"?: string | null;
          "retry_requested_by"?: string | null;
          "sqlstate"?: string | null;
          "stage": string;
          "status"?: string;
          "team_id": string;
        };
        Update: {
          "attempts"?: number;
          "first_failed_at"?: string;
          "folder"?: string | null;
          "id"?: string;
          "last_failed_at"?: string;
          "mailbox_id"?: string;
          "provider_message_id"?: string;
          "reason"?: string;
          "resolved_at"?: string | null;
          "retry_requested_at"?: string | null;
          "retry_requested_by"?: string | null;
          "sqlstate"?: string | null;
          "stage"?: string;
          "status"?: string;
          "team_id"?: string;
        };
        Relationships: [
          {
            foreignKeyName: "dead_letters_mailbox_id_fkey";
            columns: ["mailbox_id"];
            isOneToOne: false;
            referencedRelation: "mailboxes";
            referencedColumns: ["id"];
          },
          {
            foreignKeyName: "dead_letters_team_id_fkey";
            columns: ["team_id"];
            isOneToOne: false;
            referencedRelation: "teams";
            referencedColumns: ["id"];
          },
        ];
      };
      "events": {
        Row: {
          "created_at": string;
          "details": NonNullable<Json>;
          "followup_id": string | null;
          "id": number;
          "kind": string;
          "mailbox_id": string | null;
          "message_id": string | null;
          "occurred_at": string;
          "reason": string;
          "team_id": string;
          "tracked_email_id": string | null;
        };
        ComputedFields: never;
        Insert: {
          "created_at"?: string;
          "details"?: NonNullable<Json>;
          "followup_id"?: string | null;
          "id"?: never;
          "kind": string;
          "mailbox_id"?: string | null;
          "message_id"?: string | null;
          "occurred_at": string;
          "reason": string;
          "team_id": string;
          "tracked_email_id"?: string | null;
        };
        Update: {
          "created_at"?: string;
          "details"?: NonNullable<Json>;
          "followup_id"?: string | null;
          "id"?: never;
          "kind"?: string;
          "mailbox_id"?: string | null;
          "message_id"?: string | null;
          "occurred_at"?: string;
          "reason"?: string;
          "team_id"?: string;
          "tracked_email_id"?: string | null;
        };
        Relationships: [
          {
            foreignKeyName: "events_followup_id_fkey";
            columns: ["followup_id"];
            isOneToOne: false;
            referencedRelation: "followup_promise_violations";
            referencedColumns: ["followup_id"];
          },
          {
            foreignKeyName: "events_followup_id_fkey";
            columns: ["followup_id"];
            isOneToOne: false;
            referencedRelation: "followups";
            referencedColumns: ["id"];
          },
          {
            foreignKeyName: "events_mailbox_id_fkey";
            columns: ["mailbox_id"];
            isOneToOne: false;
            referencedRelation: "mailboxes";
            referencedColumns: ["id"];
          },
          {
            foreignKeyName: "events_message_id_fkey";
            columns: ["message_id"];
            isOneToOne: false;
            referencedRelation: "followup_promise_violations";
            referencedColumns: ["answer_message_id"];
          },
          {
            foreignKeyName: "events_message_id_fkey";
            columns: ["message_id"];
            isOneToOne: false;
            referencedRelation: "messages";
            referencedColumns: ["id"];
          },
          {
            foreignKeyName: "events_team_id_fkey";
            columns: ["team_id"];
            isOneToOne: false;
            referencedRelation: "teams";
            referencedColumns: ["id"];
          },
          {
            foreignKeyName: "events_tracked_email_id_fkey";
            columns: ["tracked_email_id"];
            isOneToOne: false;
            referencedRelation: "followup_activity_summary";
            referencedColumns: ["tracked_email_id"];
          },
          {
            foreignKeyName: "events_tracked_email_id_fkey";
            columns: ["tracked_email_id"];
            isOneToOne: false;
            referencedRelation: "tracked_email_contacts";
            referencedColumns: ["tracked_email_id"];
          },
          {
            foreignKeyName: "events_tracked_email_id_fkey";
            columns: ["tracked_email_id"];
            isOneToOne: false;
            referencedRelation: "tracked_emails";
            referencedColumns: ["id"];
          },
        ];
      };
      "followup_templates": {
        Row: {
          "archived_at": string | null;
          "body_html": string | null;
          "body_text": string;
          "created_at": string;
          "created_by": string | null;
          "id": string;
          "language": string;
          "mailbox_id": string | null;
          "step": number;
          "stopped_at": string | null;
          "team_id": string;
          "updated_at": string;
          "variant": string;
          "weight": number;
        };
        ComputedFields: never;
        Insert: {
          "archived_at"?: string | null;
          "body_html"?: string | null;
          "body_text": string;
          "created_at"?: string;
          "created_by"?: string | null;
          "id"?: string;
          "language": string;
          "mailbox_id"?: string | null;
          "step": number;
          "stopped_at"?: string | null;
          "team_id": string;
          "updated_at"?: string;
          "variant"?: string;
          "weight"?: number;
        };
        Update: {
          "archived_at"?: string | null;
          "body_html"?: string | null;
          "body_text"?: string;
          "created_at"?: string;
          "created_by"?: string | null;
          "id"?: string;
          "language"?: string;
          "mailbox_id"?: string | null;
          "step"?: number;
          "stopped_at"?: string | null;
          "team_id"?: string;
          "updated_at"?: string;
          "variant"?: string;
          "weight"?: number;
        };
        Relationships: [
          {
            foreignKeyName: "followup_templates_mailbox_id_fkey";
            columns: ["mailbox_id"];
            isOneToOne: false;
            referencedRelation: "mailboxes";
            referencedColumns: ["id"];
          },
          {
            foreignKeyName: "followup_templates_team_id_fkey";
            columns: ["team_id"];
            isOneToOne: false;
            referencedRelation: "teams";
            referencedColumns: ["id"];
          },
        ];
      };
      "followup_variant_assignments": {
        Row: {
          "assigned_at": string;
          "language": string;
          "mailbox_id": string;
          "step": number;
          "team_id": string;
          "template_id": string | null;
          "tracked_email_id": string;
          "variant": string;
        };
        ComputedFields: never;
        Insert: {
          "assigned_at": string;
          "language": string;
          "mailbox_id": string;
          "step": number;
          "team_id": string;
          "template_id"?: string | null;
          "tracked_email_id": string;
          "variant": string;
        };
        Update: {
          "assigned_at"?: string;
          "language"?: string;
          "mailbox_id"?: string;
          "step"?: number;
          "team_id"?: string;
          "template_id"?: string | null;
          "tracked_email_id"?: string;
          "variant"?: string;
        };
        Relationships: [
          {
            foreignKeyName: "followup_variant_assignments_mailbox_id_fkey";
            columns: ["mailbox_id"];
            isOneToOne: false;
            referencedRelation: "mailboxes";
            referencedColumns: ["id"];
          },
          {
            foreignKeyName: "followup_variant_assignments_team_id_fkey";
            columns: ["team_id"];
            isOneToOne: false;
            referencedRelation: "teams";
            referencedColumns: ["id"];
          },
          {
            foreignKeyName: "followup_variant_assignments_template_id_fkey";
            columns: ["template_id"];
            isOneToOne: false;
            referencedRelation: "followup_templates";
            referencedColumns: ["id"];
          },
          {
            foreignKeyName: "followup_variant_assignments_tracked_email_id_fkey";
            columns: ["tracked_email_id"];
            isOneToOne: false;
            referencedRelation: "followup_activity_summary";
            referencedColumns: ["tracked_email_id"];
          },
          {
            foreignKeyName: "followup_variant_assignments_tracked_email_id_fkey";
            columns: ["tracked_email_id"];
            isOneToOne: false;
            referencedRelation: "tracked_email_contacts";
            referencedColumns: ["tracked_email_id"];
          },
          {
            foreignKeyName: "followup_variant_assignments_tracked_email_id_fkey";
            columns: ["tracked_email_id"];
            isOneToOne: false;
            referencedRelation: "tracked_emails";
            referencedColumns: ["id"];
          },
        ];
      };
      "followups": {
        Row: {
          "after_not_now": boolean;
          "attempts": number;
          "base_at": string;
          "claim_token": string | null;
          "claimed_at": string | null;
          "created_at": string;
          "draft_id": string | null;
          "due_at": string;
          "final_claim_at": string | null;
          "id": string;
          "internet_message_id": string | null;
          "last_error": string | null;
          "lease_until": string | null;
          "mailbox_id": string;
          "provider_message_id": string | null;
          "queued_at": string | null;
          "reason": string | null;
          "sent_at": string | null;
          "seq": number;
          "status": Database["public"]["Enums"]["followup_status"];
          "team_id": string;
          "tracked_email_id": string;
          "tracked_email_paused": boolean;
          "updated_at": string;
        };
        ComputedFields: never;
        Insert: {
          "after_not_now"?: boolean;
          "attempts"?: number;
          "base_at": string;
          "claim_token"?: string | null;
          "claimed_at"?: string | null;
          "created_at"?: string;
          "draft_id"?: string | null;
          "due_at": string;
          "final_claim_at"?: string | null;
          "id"?: string;
          "internet_message_id"?: string | null;
          "last_error"?: string | null;
          "lease_until"?: string | null;
          "mailbox_id": string;
          "provider_message_id"?: string | null;
          "queued_at"?: string | null;
          "reason"?: string | null;
          "sent_at"?: string | null;
          "seq": number;
          "status"?: Database["public"]["Enums"]["followup_status"];
          "team_id": string;
          "tracked_email_id": string;
          "tracked_email_paused"?: boolean;
          "updated_at"?: string;
        };
        Update: {
          "after_not_now"?: boolean;
          "attempts"?: number;
          "base_at"?: string;
          "claim_token"?: string | null;
          "claimed_at"?: string | null;
          "created_at"?: string;
          "draft_id"?: string | null;
          "due_at"?: string;
          "final_claim_at"?: string | null;
          "id"?: string;
          "internet_message_id"?: string | null;
          "last_error"?: string | null;
          "lease_until"?: string | null;
          "mailbox_id"?: string;
          "provider_message_id"?: string | null;
          "queued_at"?: string | null;
          "reason"?: string | null;
          "sent_at"?: string | null;
          "seq"?: number;
          "status"?: Database["public"]["Enums"]["followup_status"];
          "team_id"?: string;
          "tracked_email_id"?: string;
          "tracked_email_paused"?: boolean;
          "updated_at"?: string;
        };
        Relationships: [
          {
            foreignKeyName: "followups_mailbox_id_fkey";
            columns: ["mailbox_id"];
            isOneToOne: false;
            referencedRelation: "mailboxes";
            referencedColumns: ["id"];
          },
          {
            foreignKeyName: "followups_team_id_fkey";
            columns: ["team_id"];
            isOneToOne: false;
            referencedRelation: "teams";
            referencedColumns: ["id"];
          },
          {
            foreignKeyName: "followups_tracked_email_id_fkey";
            columns: ["tracked_email_id"];
            isOneToOne: false;
            referencedRelation: "followup_activity_summary";
            referencedColumns: ["tracked_email_id"];
          },
          {
            foreignKeyName: "followups_tracked_email_id_fkey";
            columns: ["tracked_email_id"];
            isOneToOne: false;
            referencedRelation: "tracked_email_contacts";
            referencedColumns: ["tracked_email_id"];
          },
          {
            foreignKeyName: "followups_tracked_email_id_fkey";
            columns: ["tracked_email_id"];
            isOneToOne: false;
            referencedRelation: "tracked_emails";
            referencedColumns: ["id"];
          },
        ];
      };
      "health_snapshot_teams": {
        Row: {
          "checks": NonNullable<Json>;
          "healthy": boolean;
          "snapshot_id": number;
          "team_id": string;
        };
        ComputedFields: never;
        Insert: {
          "checks": NonNullable<Json>;
          "healthy": boolean;
          "snapshot_id": number;
          "team_id": string;
        };
        Update: {
          "checks"?: NonNullable<Json>;
          "healthy"?: boolean;
          "snapshot_id"?: number;
          "team_id"?: string;
        };
        Relationships: [
          {
            foreignKeyName: "health_snapshot_teams_snapshot_id_fkey";
            columns: ["snapshot_id"];
            isOneToOne: false;
            referencedRelation: "health_history";
            referencedColumns: ["snapshot_id"];
          },
          {
            foreignKeyName: "health_snapshot_teams_snapshot_id_fkey";
            columns: ["snapshot_id"];
            isOneToOne: false;
            referencedRelation: "health_snapshots";
            referencedColumns: ["id"];
          },
          {
            foreignKeyName: "health_snapshot_teams_team_id_fkey";
            columns: ["team_id"];
            isOneToOne: false;
            referencedRelation: "teams";
            referencedColumns: ["id"];
          },
        ];
      };
      "health_snapshots": {
        Row: {
          "checks": NonNullable<Json>;
          "healthy": boolean;
          "id": number;
          "taken_at": string;
        };
        ComputedFields: never;
        Insert: {
          "checks": NonNullable<Json>;
          "healthy": boolean;
          "id"?: never;
          "taken_at": string;
        };
        Update: {
          "checks"?: NonNullable<Json>;
          "healthy"?: boolean;
          "id"?: never;
          "taken_at"?: string;
        };
        Relationships: [];
      };
      "holds": {
        Row: {
          "address": string;
          "created_at": string;
          "message_id": string | null;
          "return_on": string;
          "team_id": string;
        };
        ComputedFields: never;
        Insert: {
          "address": string;
          "created_at"?: string;
          "message_id"?: string | null;
          "return_on": string;
          "team_id": string;
        };
        Update: {
          "address"?: string;
          "created_at"?: string;
          "message_id"?: string | null;
          "return_on"?: string;
          "team_id"?: string;
        };
        Relationships: [
          {
            foreignKeyName: "holds_message_id_fkey";
            columns: ["message_id"];
            isOneToOne: false;
            referencedRelation: "followup_promise_violations";
            referencedColumns: ["answer_message_id"];
          },
          {
            foreignKeyName: "holds_message_id_fkey";
            columns: ["message_id"];
            isOneToOne: false;
            referencedRelation: "messages";
            referencedColumns: ["id"];
          },
          {
            foreignKeyName: "holds_team_id_fkey";
            columns: ["team_id"];
            isOneToOne: false;
            referencedRelation: "teams";
            referencedColumns: ["id"];
          },
        ];
      };
      "intelligence_settings": {
        Row: {
          "autofill_batch_size": number;
          "autofill_enabled": boolean;
          "autofill_threshold": number;
          "default_region": string;
          "llm_confidence_floor": number;
          "llm_enabled": boolean;
          "team_id": string;
          "updated_at": string;
          "web_enrichment_enabled": boolean;
        };
        ComputedFields: never;
        Insert: {
          "autofill_batch_size"?: number;
          "autofill_enabled"?: boolean;
          "autofill_threshold"?: number;
          "default_region"?: string;
          "llm_confidence_floor"?: number;
          "llm_enabled"?: boolean;
          "team_id": string;
          "updated_at"?: string;
          "web_enrichment_enabled"?: boolean;
        };
        Update: {
          "autofill_batch_size"?: number;
          "autofill_enabled"?: boolean;
          "autofill_threshold"?: number;
          "default_region"?: string;
          "llm_confidence_floor"?: number;
          "llm_enabled"?: boolean;
          "team_id"?: string;
          "updated_at"?: string;
          "web_enrichment_enabled"?: boolean;
        };
        Relationships: [
          {
            foreignKeyName: "intelligence_settings_team_id_fkey";
            columns: ["team_id"];
            isOneToOne: true;
            referencedRelation: "teams";
            referencedColumns: ["id"];
          },
        ];
      };
      "mailboxes": {
        Row: {
          "address": string;
          "back_at": string | null;
          "created_at": string;
          "daily_send_cap": number | null;
          "display_name": string | null;
          "followup_interval": string | null;
          "holiday_calendar": string | null;
          "id": string;
          "max_followups": number | null;
          "owner_id": string;
          "provider": Database["public"]["Enums"]["mail_provider"];
          "status": Database["public"]["Enums"]["mailbox_status"];
          "status_changed_at": string;
          "status_reason": string | null;
          "team_id": string;
          "time_zone": string | null;
          "tracking_policy": Database["public"]["Enums"]["tracking_policy"] | null;
          "tracks_from": string | null;
          "updated_at": string;
          "working_days": (number)[] | null;
          "working_hours_end": string | null;
          "working_hours_start": string | null;
        };
        ComputedFields: never;
        Insert: {
          "address": string;
          "back_at"?: string | null;
          "created_at"?: string;
          "daily_send_cap"?: number | null;
          "display_name"?: string | null;
          "followup_interval"?: string | null;
          "holiday_calendar"?: string | null;
          "id"?: string;
          "max_followups"?: number | null;
          "owner_id": string;
          "provider": Database["public"]["Enums"]["mail_provider"];
          "status"?: Database["public"]["Enums"]["mailbox_status"];
          "status_changed_at"?: string;
          "status_reason"?: string | null;
          "team_id": string;
          "time_zone"?: string | null;
          "tracking_policy"?: Database["public"]["Enums"]["tracking_policy"] | null;
          "tracks_from"?: string | null;
          "updated_at"?: string;
          "working_days"?: (number)[] | null;
          "working_hours_end"?: string | null;
          "working_hours_start"?: string | null;
        };
        Update: {
          "address"?: string;
          "back_at"?: string | null;
          "created_at"?: string;
          "daily_send_cap"?: number | null;
          "display_name"?: string | null;
          "followup_interval"?: string | null;
          "holiday_calendar"?: string | null;
          "id"?: string;
          "max_followups"?: number | null;
          "owner_id"?: string;
          "provider"?: Database["public"]["Enums"]["mail_provider"];
          "status"?: Database["public"]["Enums"]["mailbox_status"];
          "status_changed_at"?: string;
          "status_reason"?: string | null;
          "team_id"?: string;
          "time_zone"?: string | null;
          "tracking_policy"?: Database["public"]["Enums"]["tracking_policy"] | null;
          "tracks_from"?: string | null;
          "updated_at"?: string;
          "working_days"?: (number)[] | null;
          "working_hours_end"?: string | null;
          "working_hours_start"?: string | null;
        };
        Relationships: [
          {
            foreignKeyName: "mailboxes_team_id_fkey";
            columns: ["team_id"];
            isOneToOne: false;
            referencedRelation: "teams";
            referencedColumns: ["id"];
          },
          {
            foreignKeyName: "mailboxes_team_id_owner_id_fkey";
            columns: ["team_id", "owner_id"];
            isOneToOne: false;
            referencedRelation: "team_members";
            referencedColumns: ["team_id", "user_id"];
          },
        ];
      };
      "manual_followups": {
        Row: {
          "created_at": string;
          "id": string;
          "message_id": string;
          "sent_at": string;
          "seq": number;
          "team_id": string;
          "tracked_email_id": string;
        };
        ComputedFields: never;
        Insert: {
          "created_at"?: string;
          "id"?: string;
          "message_id": string;
          "sent_at": string;
          "seq": number;
          "team_id": string;
          "tracked_email_id": string;
        };
        Update: {
          "created_at"?: string;
          "id"?: string;
          "message_id"?: string;
          "sent_at"?: string;
          "seq"?: number;
          "team_id"?: string;
          "tracked_email_id"?: string;
        };
        Relationships: [
          {
            foreignKeyName: "manual_followups_message_id_fkey";
            columns: ["message_id"];
            isOneToOne: false;
            referencedRelation: "followup_promise_violations";
            referencedColumns: ["answer_message_id"];
          },
          {
            foreignKeyName: "manual_followups_message_id_fkey";
            columns: ["message_id"];
            isOneToOne: false;
            referencedRelation: "messages";
            referencedColumns: ["id"];
          },
          {
            foreignKeyName: "manual_followups_team_id_fkey";
            columns: ["team_id"];
            isOneToOne: false;
            referencedRelation: "teams";
            referencedColumns: ["id"];
          },
          {
            foreignKeyName: "manual_followups_tracked_email_id_fkey";
            columns: ["tracked_email_id"];
            isOneToOne: false;
            referencedRelation: "followup_activity_summary";
            referencedColumns: ["tracked_email_id"];
          },
          {
            foreignKeyName: "manual_followups_tracked_email_id_fkey";
            columns: ["tracked_email_id"];
            isOneToOne: false;
            referencedRelation: "tracked_email_contacts";
            referencedColumns: ["tracked_email_id"];
          },
          {
            foreignKeyName: "manual_followups_tracked_email_id_fkey";
            columns: ["tracked_email_id"];
            isOneToOne: false;
            referencedRelation: "tracked_emails";
            referencedColumns: ["id"];
          },
        ];
      };
      "message_insights": {
        Row: {
          "address": string | null;
          "attempts": number;
          "created_at": string;
          "direction": string;
          "done_at": string | null;
          "fields_found": number | null;
          "mailbox_id": string;
          "message_at": string;
          "message_id": string;
          "queued_at": string | null;
          "reached_llm": boolean;
          "reason": string | null;
          "signature_confidence": number | null;
          "state": Database["public"]["Enums"]["insight_state"];
          "team_id": string;
        };
        ComputedFields: never;
        Insert: {
          "address"?: string | null;
          "attempts"?: number;
          "created_at"?: string;
          "direction": string;
          "done_at"?: string | null;
          "fields_found"?: number | null;
          "mailbox_id": string;
          "message_at": string;
          "message_id": string;
          "queued_at"?: string | null;
          "reached_llm"?: boolean;
          "reason"?: string | null;
          "signature_confidence"?: number | null;
          "state"?: Database["public"]["Enums"]["insight_state"];
          "team_id": string;
        };
        Update: {
          "address"?: string | null;
          "attempts"?: number;
          "created_at"?: string;
          "direction"?: string;
          "done_at"?: string | null;
          "fields_found"?: number | null;
          "mailbox_id"?: string;
          "message_at"?: string;
          "message_id"?: string;
          "queued_at"?: string | null;
          "reached_llm"?: boolean;
          "reason"?: string | null;
          "signature_confidence"?: number | null;
          "state"?: Database["public"]["Enums"]["insight_state"];
          "team_id"?: string;
        };
        Relationships: [
          {
            foreignKeyName: "message_insights_mailbox_id_fkey";
            columns: ["mailbox_id"];
            isOneToOne: false;
            referencedRelation: "mailboxes";
            referencedColumns: ["id"];
          },
          {
            foreignKeyName: "message_insights_message_id_fkey";
            columns: ["message_id"];
            isOneToOne: true;
            referencedRelation: "followup_promise_violations";
            referencedColumns: ["answer_message_id"];
          },
          {
            foreignKeyName: "message_insights_message_id_fkey";
            columns: ["message_id"];
            isOneToOne: true;
            referencedRelation: "messages";
            referencedColumns: ["id"];
          },
          {
            foreignKeyName: "message_insights_team_id_fkey";
            columns: ["team_id"];
            isOneToOne: false;
            referencedRelation: "teams";
            referencedColumns: ["id"];
          },
        ];
      };
      "message_intents": {
        Row: {
          "address": string | null;
          "confidence": number;
          "corrected_at": string | null;
          "corrected_by": string | null;
          "evidence": string | null;
          "label": Database["public"]["Enums"]["intent_label"];
          "mailbox_id": string;
          "message_at": string;
          "message_id": string;
          "not_now_until": string | null;
          "read_at": string;
          "referral_address": string | null;
          "referral_name": string | null;
          "relayed": boolean;
          "source": Database["public"]["Enums"]["intent_source"];
          "team_id": string;
          "tracked_email_id": string | null;
        };
        ComputedFields: never;
        Insert: {
          "address"?: string | null;
          "confidence": number;
          "corrected_at"?: string | null;
          "corrected_by"?: string | null;
          "evidence"?: string | null;
          "label": Database["public"]["Enums"]["intent_label"];
          "mailbox_id": string;
          "message_at": string;
          "message_id": string;
          "not_now_until"?: string | null;
          "read_at": string;
          "referral_address"?: string | null;
          "referral_name"?: string | null;
          "relayed"?: boolean;
          "source": Database["public"]["Enums"]["intent_source"];
          "team_id": string;
          "tracked_email_id"?: string | null;
        };
        Update: {
          "address"?: string | null;
          "confidence"?: number;
          "corrected_at"?: string | null;
          "corrected_by"?: string | null;
          "evidence"?: string | null;
          "label"?: Database["public"]["Enums"]["intent_label"];
          "mailbox_id"?: string;
          "message_at"?: string;
          "message_id"?: string;
          "not_now_until"?: string | null;
          "read_at"?: string;
          "referral_address"?: string | null;
          "referral_name"?: string | null;
          "relayed"?: boolean;
          "source"?: Database["public"]["Enums"]["intent_source"];
          "team_id"?: string;
          "tracked_email_id"?: string | null;
        };
        Relationships: [
          {
            foreignKeyName: "message_intents_mailbox_id_fkey";
            columns: ["mailbox_id"];
            isOneToOne: false;
            referencedRelation: "mailboxes";
            referencedColumns: ["id"];
          },
          {
            foreignKeyName: "message_intents_message_id_fkey";
            columns: ["message_id"];
            isOneToOne: true;
            referencedRelation: "followup_promise_violations";
            referencedColumns: ["answer_message_id"];
          },
          {
            foreignKeyName: "message_intents_message_id_fkey";
            columns: ["message_id"];
            isOneToOne: true;
            referencedRelation: "messages";
            referencedColumns: ["id"];
          },
          {
            foreignKeyName: "message_intents_team_id_fkey";
            columns: ["team_id"];
            isOneToOne: false;
            referencedRelation: "teams";
            referencedColumns: ["id"];
          },
          {
            foreignKeyName: "message_intents_tracked_email_id_fkey";
            columns: ["tracked_email_id"];
            isOneToOne: false;
            referencedRelation: "followup_activity_summary";
            referencedColumns: ["tracked_email_id"];
          },
          {
            foreignKeyName: "message_intents_tracked_email_id_fkey";
            columns: ["tracked_email_id"];
            isOneToOne: false;
            referencedRelation: "tracked_email_contacts";
            referencedColumns: ["tracked_email_id"];
          },
          {
            foreignKeyName: "message_intents_tracked_email_id_fkey";
            columns: ["tracked_email_id"];
            isOneToOne: false;
            referencedRelation: "tracked_emails";
            referencedColumns: ["id"];
          },
        ];
      };
      "message_routes": {
        Row: {
          "address": string | null;
          "assigned_to": string;
          "intent": Database["public"]["Enums"]["intent_label"];
          "labels": (string)[];
          "mailbox_id": string;
          "message_id": string;
          "routed_at": string;
          "rule_id": string | null;
          "rule_name": string | null;
          "team_id": string;
          "tracked_email_id": string | null;
        };
        ComputedFields: never;
        Insert: {
          "address"?: string | null;
          "assigned_to": string;
          "intent": Database["public"]["Enums"]["intent_label"];
          "labels"?: (string)[];
          "mailbox_id": string;
          "message_id": string;
          "routed_at": string;
          "rule_id"?: string | null;
          "rule_name"?: string | null;
          "team_id": string;
          "tracked_email_id"?: string | null;
        };
        Update: {
          "address"?: string | null;
          "assigned_to"?: string;
          "intent"?: Database["public"]["Enums"]["intent_label"];
          "labels"?: (string)[];
          "mailbox_id"?: string;
          "message_id"?: string;
          "routed_at"?: string;
          "rule_id"?: string | null;
          "rule_name"?: string | null;
          "team_id"?: string;
          "tracked_email_id"?: string | null;
        };
        Relationships: [
          {
            foreignKeyName: "message_routes_mailbox_id_fkey";
            columns: ["mailbox_id"];
            isOneToOne: false;
            referencedRelation: "mailboxes";
            referencedColumns: ["id"];
          },
          {
            foreignKeyName: "message_routes_message_id_fkey";
            columns: ["message_id"];
            isOneToOne: true;
            referencedRelation: "followup_promise_violations";
            referencedColumns: ["answer_message_id"];
          },
          {
            foreignKeyName: "message_routes_message_id_fkey";
            columns: ["message_id"];
            isOneToOne: true;
            referencedRelation: "messages";
            referencedColumns: ["id"];
          },
          {
            foreignKeyName: "message_routes_rule_id_fkey";
            columns: ["rule_id"];
            isOneToOne: false;
            referencedRelation: "routing_rules";
            referencedColumns: ["id"];
          },
          {
            foreignKeyName: "message_routes_team_id_assigned_to_fkey";
            columns: ["team_id", "assigned_to"];
            isOneToOne: false;
            referencedRelation: "team_members";
            referencedColumns: ["team_id", "user_id"];
          },
          {
            foreignKeyName: "message_routes_team_id_fkey";
            columns: ["team_id"];
            isOneToOne: false;
            referencedRelation: "teams";
            referencedColumns: ["id"];
          },
          {
            foreignKeyName: "message_routes_tracked_email_id_fkey";
            columns: ["tracked_email_id"];
            isOneToOne: false;
            referencedRelation: "followup_activity_summary";
            referencedColumns: ["tracked_email_id"];
          },
          {
            foreignKeyName: "message_routes_tracked_email_id_fkey";
            columns: ["tracked_email_id"];
            isOneToOne: false;
            referencedRelation: "tracked_email_contacts";
            referencedColumns: ["tracked_email_id"];
          },
          {
            foreignKeyName: "message_routes_tracked_email_id_fkey";
            columns: ["tracked_email_id"];
            isOneToOne: false;
            referencedRelation: "tracked_emails";
            referencedColumns: ["id"];
          },
        ];
      };
      "messages": {
        Row: {
          "analysis": NonNullable<Json>;
          "body_text": string | null;
          "cc_addresses": (string)[];
          "conversation_id": string;
          "direction": string;
          "folder": string;
          "from_address": string | null;
          "from_name": string | null;
          "headers": NonNullable<Json>;
          "id": string;
          "in_reply_to": string | null;
          "ingested_at": string;
          "internet_message_id": string | null;
          "kind": Database["public"]["Enums"]["message_kind"];
          "mailbox_id": string;
          "provider_message_id": string;
          "received_at": string | null;
          "references": (string)[];
          "relance_followup_id": string | null;
          "sent_at": string | null;
          "subject": string | null;
          "team_id": string;
          "to_addresses": (string)[];
        };
        ComputedFields: never;
        Insert: {
          "analysis"?: NonNullable<Json>;
          "body_text"?: string | null;
          "cc_addresses"?: (string)[];
          "conversation_id": string;
          "direction": string;
          "folder": string;
          "from_address"?: string | null;
          "from_name"?: string | null;
          "headers"?: NonNullable<Json>;
          "id"?: string;
          "in_reply_to"?: string | null;
          "ingested_at"?: string;
          "internet_message_id"?: string | null;
          "kind"?: Database["public"]["Enums"]["message_kind"];
          "mailbox_id": string;
          "provider_message_id": string;
          "received_at"?: string | null;
          "references"?: (string)[];
          "relance_followup_id"?: string | null;
          "sent_at"?: string | null;
          "subject"?: string | null;
          "team_id": string;
          "to_addresses"?: (string)[];
        };
        Update: {
          "analysis"?: NonNullable<Json>;
          "body_text"?: string | null;
          "cc_addresses"?: (string)[];
          "conversation_id"?: string;
          "direction"?: string;
          "folder"?: string;
          "from_address"?: string | null;
          "from_name"?: string | null;
          "headers"?: NonNullable<Json>;
          "id"?: string;
          "in_reply_to"?: string | null;
          "ingested_at"?: string;
          "internet_message_id"?: string | null;
          "kind"?: Database["public"]["Enums"]["message_kind"];
          "mailbox_id"?: string;
          "provider_message_id"?: string;
          "received_at"?: string | null;
          "references"?: (string)[];
          "relance_followup_id"?: string | null;
          "sent_at"?: string | null;
          "subject"?: string | null;
          "team_id"?: string;
          "to_addresses"?: (string)[];
        };
        Relationships: [
          {
            foreignKeyName: "messages_conversation_id_fkey";
            columns: ["conversation_id"];
            isOneToOne: false;
            referencedRelation: "conversations";
            referencedColumns: ["id"];
          },
          {
            foreignKeyName: "messages_mailbox_id_fkey";
            columns: ["mailbox_id"];
            isOneToOne: false;
            referencedRelation: "mailboxes";
            referencedColumns: ["id"];
          },
          {
            foreignKeyName: "messages_team_id_fkey";
            columns: ["team_id"];
            isOneToOne: false;
            referencedRelation: "teams";
            referencedColumns: ["id"];
          },
        ];
      };
      "notifications": {
        Row: {
          "address": string | null;
          "created_at": string;
          "id": string;
          "kind": Database["public"]["Enums"]["notification_kind"];
          "message_id": string;
          "owner_id": string;
          "read_at": string | null;
          "reason": string;
          "team_id": string;
          "tracked_email_id": string | null;
        };
        ComputedFields: never;
        Insert: {
          "address"?: string | null;
          "created_at": string;
          "id"?: string;
          "kind": Database["public"]["Enums"]["notification_kind"];
          "message_id": string;
          "owner_id": string;
          "read_at"?: string | null;
          "reason": string;
          "team_id": string;
          "tracked_email_id"?: string | null;
        };
        Update: {
          "address"?: string | null;
          "created_at"?: string;
          "id"?: string;
          "kind"?: Database["public"]["Enums"]["notification_kind"];
          "message_id"?: string;
          "owner_id"?: string;
          "read_at"?: string | null;
          "reason"?: string;
          "team_id"?: string;
          "tracked_email_id"?: string | null;
        };
        Relationships: [
          {
            foreignKeyName: "notifications_message_id_fkey";
            columns: ["message_id"];
            isOneToOne: false;
            referencedRelation: "followup_promise_violations";
            referencedColumns: ["answer_message_id"];
          },
          {
            foreignKeyName: "notifications_message_id_fkey";
            columns: ["message_id"];
            isOneToOne: false;
            referencedRelation: "messages";
            referencedColumns: ["id"];
          },
          {
            foreignKeyName: "notifications_team_id_fkey";
            columns: ["team_id"];
            isOneToOne: false;
            referencedRelation: "teams";
            referencedColumns: ["id"];
          },
          {
            foreignKeyName: "notifications_team_id_owner_id_fkey";
            columns: ["team_id", "owner_id"];
            isOneToOne: false;
            referencedRelation: "team_members";
            referencedColumns: ["team_id", "user_id"];
          },
          {
            foreignKeyName: "notifications_tracked_email_id_fkey";
            columns: ["tracked_email_id"];
            isOneToOne: false;
            referencedRelation: "followup_activity_summary";
            referencedColumns: ["tracked_email_id"];
          },
          {
            foreignKeyName: "notifications_tracked_email_id_fkey";
            columns: ["tracked_email_id"];
            isOneToOne: false;
            referencedRelation: "tracked_email_contacts";
            referencedColumns: ["tracked_email_id"];
          },
          {
            foreignKeyName: "notifications_tracked_email_id_fkey";
            columns: ["tracked_email_id"];
            isOneToOne: false;
            referencedRelation: "tracked_emails";
            referencedColumns: ["id"];
          },
        ];
      };
      "organisation_facts": {
        Row: {
          "confidence": number;
          "created_at": string;
          "decided_at": string | null;
          "decided_by": string | null;
          "field": string;
          "first_observed_at": string;
          "id": string;
          "observed_at": string;
          "organisation_id": string;
          "seen_count": number;
          "source": Database["public"]["Enums"]["fact_source"];
          "source_message_id": string | null;
          "status": Database["public"]["Enums"]["fact_status"];
          "team_id": string;
          "value": string;
        };
        ComputedFields: never;
        Insert: {
          "confidence": number;
          "created_at"?: string;
          "decided_at"?: string | null;
          "decided_by"?: string | null;
          "field": string;
          "first_observed_at": string;
          "id"?: string;
          "observed_at": string;
          "organisation_id": string;
          "seen_count"?: number;
          "source": Database["public"]["Enums"]["fact_source"];
          "source_message_id"?: string | null;
          "status": Database["public"]["Enums"]["fact_status"];
          "team_id": string;
          "value": string;
        };
        Update: {
          "confidence"?: number;
          "created_at"?: string;
          "decided_at"?: string | null;
          "decided_by"?: string | null;
          "field"?: string;
          "first_observed_at"?: string;
          "id"?: string;
          "observed_at"?: string;
          "organisation_id"?: string;
          "seen_count"?: number;
          "source"?: Database["public"]["Enums"]["fact_source"];
          "source_message_id"?: string | null;
          "status"?: Database["public"]["Enums"]["fact_status"];
          "team_id"?: string;
          "value"?: string;
        };
        Relationships: [
          {
            foreignKeyName: "organisation_facts_organisation_id_fkey";
            columns: ["organisation_id"];
            isOneToOne: false;
            referencedRelation: "organisations";
            referencedColumns: ["id"];
          },
          {
            foreignKeyName: "organisation_facts_source_message_id_fkey";
            columns: ["source_message_id"];
            isOneToOne: false;
            referencedRelation: "followup_promise_violations";
            referencedColumns: ["answer_message_id"];
          },
          {
            foreignKeyName: "organisation_facts_source_message_id_fkey";
            columns: ["source_message_id"];
            isOneToOne: false;
            referencedRelation: "messages";
            referencedColumns: ["id"];
          },
          {
            foreignKeyName: "organisation_facts_team_id_fkey";
            columns: ["team_id"];
            isOneToOne: false;
            referencedRelation: "teams";
            referencedColumns: ["id"];
          },
        ];
      };
      "organisations": {
        Row: {
          "created_at": string;
          "domain": string | null;
          "enriched_at": string | null;
          "id": string;
          "linkedin": string | null;
          "name": string | null;
          "owner_id": string | null;
          "phone": string | null;
          "postal_address": string | null;
          "team_id": string;
          "updated_at": string;
          "website": string | null;
        };
        ComputedFields: never;
        Insert: {
          "created_at"?: string;
          "domain"?: string | null;
          "enriched_at"?: string | null;
          "id"?: string;
          "linkedin"?: string | null;
          "name"?: string | null;
          "owner_id"?: string | null;
          "phone"?: string | null;
          "postal_address"?: string | null;
          "team_id": string;
          "updated_at"?: string;
          "website"?: string | null;
        };
        Update: {
          "created_at"?: string;
          "domain"?: string | null;
          "enriched_at"?: string | null;
          "id"?: string;
          "linkedin"?: string | null;
          "name"?: string | null;
          "owner_id"?: string | null;
          "phone"?: string | null;
          "postal_address"?: string | null;
          "team_id"?: string;
          "updated_at"?: string;
          "website"?: string | null;
        };
        Relationships: [
          {
            foreignKeyName: "organisations_team_id_fkey";
            columns: ["team_id"];
            isOneToOne: false;
            referencedRelation: "teams";
            referencedColumns: ["id"];
          },
          {
            foreignKeyName: "organisations_team_id_owner_id_fkey";
            columns: ["team_id", "owner_id"];
            isOneToOne: false;
            referencedRelation: "team_members";
            referencedColumns: ["team_id", "user_id"];
          },
        ];
      };
      "reminders": {
        Row: {
          "address": string | null;
          "created_at": string;
          "done_at": string | null;
          "due_on": string;
          "id": string;
          "message_id": string;
          "owner_id": string;
          "reason": string;
          "resume_at": string | null;
          "resume_outcome": string | null;
          "resume_requested_by": string | null;
          "resumed_at": string | null;
          "team_id": string;
          "tracked_email_id": string;
        };
        ComputedFields: never;
        Insert: {
          "address"?: string | null;
          "created_at": string;
          "done_at"?: string | null;
          "due_on": string;
          "id"?: string;
          "message_id": string;
          "owner_id": string;
          "reason": string;
          "resume_at"?: string | null;
          "resume_outcome"?: string | null;
          "resume_requested_by"?: string | null;
          "resumed_at"?: string | null;
          "team_id": string;
          "tracked_email_id": string;
        };
        Update: {
          "address"?: string | null;
          "created_at"?: string;
          "done_at"?: string | null;
          "due_on"?: string;
          "id"?: string;
          "message_id"?: string;
          "owner_id"?: string;
          "reason"?: string;
          "resume_at"?: string | null;
          "resume_outcome"?: string | null;
          "resume_requested_by"?: string | null;
          "resumed_at"?: string | null;
          "team_id"?: string;
          "tracked_email_id"?: string;
        };
        Relationships: [
          {
            foreignKeyName: "reminders_message_id_fkey";
            columns: ["message_id"];
            isOneToOne: true;
            referencedRelation: "followup_promise_violations";
            referencedColumns: ["answer_message_id"];
          },
          {
            foreignKeyName: "reminders_message_id_fkey";
            columns: ["message_id"];
            isOneToOne: true;
            referencedRelation: "messages";
            referencedColumns: ["id"];
          },
          {
            foreignKeyName: "reminders_team_id_fkey";
            columns: ["team_id"];
            isOneToOne: false;
            referencedRelation: "teams";
            referencedColumns: ["id"];
          },
          {
            foreignKeyName: "reminders_team_id_owner_id_fkey";
            columns: ["team_id", "owner_id"];
            isOneToOne: false;
            referencedRelation: "team_members";
            referencedColumns: ["team_id", "user_id"];
          },
          {
            foreignKeyName: "reminders_tracked_email_id_fkey";
            columns: ["tracked_email_id"];
            isOneToOne: false;
            referencedRelation: "followup_activity_summary";
            referencedColumns: ["tracked_email_id"];
          },
          {
            foreignKeyName: "reminders_tracked_email_id_fkey";
            columns: ["tracked_email_id"];
            isOneToOne: false;
            referencedRelation: "tracked_email_contacts";
            referencedColumns: ["tracked_email_id"];
          },
          {
            foreignKeyName: "reminders_tracked_email_id_fkey";
            columns: ["tracked_email_id"];
            isOneToOne: false;
            referencedRelation: "tracked_emails";
            referencedColumns: ["id"];
          },
        ];
      };
      "routing_rules": {
        Row: {
          "assign_to": string | null;
          "created_at": string;
          "created_by": string | null;
          "enabled": boolean;
          "id": string;
          "intents": (Database["public"]["Enums"]["intent_label"])[];
          "keywords": (string)[];
          "labels": (string)[];
          "mailbox_ids": (string)[];
          "name": string;
          "notify_user_id": string | null;
          "position": number;
          "sender_domains": (string)[];
          "team_id": string;
          "updated_at": string;
        };
        ComputedFields: never;
        Insert: {
          "assign_to"?: string | null;
          "created_at": string;
          "created_by"?: string | null;
          "enabled"?: boolean;
          "id"?: string;
          "intents"?: (Database["public"]["Enums"]["intent_label"])[];
          "keywords"?: (string)[];
          "labels"?: (string)[];
          "mailbox_ids"?: (string)[];
          "name": string;
          "notify_user_id"?: string | null;
          "position": number;
          "sender_domains"?: (string)[];
          "team_id": string;
          "updated_at": string;
        };
        Update: {
          "assign_to"?: string | null;
          "created_at"?: string;
          "created_by"?: string | null;
          "enabled"?: boolean;
          "id"?: string;
          "intents"?: (Database["public"]["Enums"]["intent_label"])[];
          "keywords"?: (string)[];
          "labels"?: (string)[];
          "mailbox_ids"?: (string)[];
          "name"?: string;
          "notify_user_id"?: string | null;
          "position"?: number;
          "sender_domains"?: (string)[];
          "team_id"?: string;
          "updated_at"?: string;
        };
        Relationships: [
          {
            foreignKeyName: "routing_rules_team_id_assign_to_fkey";
            columns: ["team_id", "assign_to"];
            isOneToOne: false;
            referencedRelation: "team_members";
            referencedColumns: ["team_id", "user_id"];
          },
          {
            foreignKeyName: "routing_rules_team_id_fkey";
            columns: ["team_id"];
            isOneToOne: false;
            referencedRelation: "teams";
            referencedColumns: ["id"];
          },
          {
            foreignKeyName: "routing_rules_team_id_notify_user_id_fkey";
            columns: ["team_id", "notify_user_id"];
            isOneToOne: false;
            referencedRelation: "team_members";
            referencedColumns: ["team_id", "user_id"];
          },
        ];
      };
      "suppressions": {
        Row: {
          "address": string;
          "created_at": string;
          "detail": string | null;
          "message_id": string | null;
          "reason": string;
          "team_id": string;
        };
        ComputedFields: never;
        Insert: {
          "address": string;
          "created_at"?: string;
          "detail"?: string | null;
          "message_id"?: string | null;
          "reason": string;
          "team_id": string;
        };
        Update: {
          "address"?: string;
          "created_at"?: string;
          "detail"?: string | null;
          "message_id"?: string | null;
          "reason"?: string;
          "team_id"?: string;
        };
        Relationships: [
          {
            foreignKeyName: "suppressions_message_id_fkey";
            columns: ["message_id"];
            isOneToOne: false;
            referencedRelation: "followup_promise_violations";
            referencedColumns: ["answer_message_id"];
          },
          {
            foreignKeyName: "suppressions_message_id_fkey";
            columns: ["message_id"];
            isOneToOne: false;
            referencedRelation: "messages";
            referencedColumns: ["id"];
          },
          {
            foreignKeyName: "suppressions_team_id_fkey";
            columns: ["team_id"];
            isOneToOne: false;
            referencedRelation: "teams";
            referencedColumns: ["id"];
          },
        ];
      };
      "team_holidays": {
        Row: {
          "created_at": string;
          "day": string;
          "name": string;
          "team_id": string;
        };
        ComputedFields: never;
        Insert: {
          "created_at"?: string;
          "day": string;
          "name": string;
          "team_id": string;
        };
        Update: {
          "created_at"?: string;
          "day"?: string;
          "name"?: string;
          "team_id"?: string;
        };
        Relationships: [
          {
            foreignKeyName: "team_holidays_team_id_fkey";
            columns: ["team_id"];
            isOneToOne: false;
            referencedRelation: "teams";
            referencedColumns: ["id"];
          },
        ];
      };
      "team_members": {
        Row: {
          "created_at": string;
          "role": Database["public"]["Enums"]["team_role"];
          "team_id": string;
          "user_id": string;
        };
        ComputedFields: never;
        Insert: {
          "created_at"?: string;
          "role"?: Database["public"]["Enums"]["team_role"];
          "team_id": string;
          "user_id": string;
        };
        Update: {
          "created_at"?: string;
          "role"?: Database["public"]["Enums"]["team_role"];
          "team_id"?: string;
          "user_id"?: string;
        };
        Relationships: [
          {
            foreignKeyName: "team_members_team_id_fkey";
            columns: ["team_id"];
            isOneToOne: false;
            referencedRelation: "teams";
            referencedColumns: ["id"];
          },
        ];
      };
      "team_settings": {
        Row: {
          "daily_send_cap": number;
          "default_language": string;
          "followup_interval": string;
          "holiday_calendar": string | null;
          "max_followups": number;
          "reply_from_any_conversation": boolean;
          "resume_after_not_now": boolean;
          "retention_days": number;
          "team_id": string;
          "time_zone": string;
          "tracking_policy": Database["public"]["Enums"]["tracking_policy"];
          "updated_at": string;
          "working_days": (number)[];
          "working_hours_end": string;
          "working_hours_start": string;
        };
        ComputedFields: never;
        Insert: {
          "daily_send_cap"?: number;
          "default_language"?: string;
          "followup_interval"?: string;
          "holiday_calendar"?: string | null;
          "max_followups"?: number;
          "reply_from_any_conversation"?: boolean;
          "resume_after_not_now"?: boolean;
          "retention_days"?: number;
          "team_id": string;
          "time_zone"?: string;
          "tracking_policy"?: Database["public"]["Enums"]["tracking_policy"];
          "updated_at"?: string;
          "working_days"?: (number)[];
          "working_hours_end"?: string;
          "working_hours_start"?: string;
        };
        Update: {
          "daily_send_cap"?: number;
          "default_language"?: string;
          "followup_interval"?: string;
          "holiday_calendar"?: string | null;
          "max_followups"?: number;
          "reply_from_any_conversation"?: boolean;
          "resume_after_not_now"?: boolean;
          "retention_days"?: number;
          "team_id"?: string;
          "time_zone"?: string;
          "tracking_policy"?: Database["public"]["Enums"]["tracking_policy"];
          "updated_at"?: string;
          "working_days"?: (number)[];
          "working_hours_end"?: string;
          "working_hours_start"?: string;
        };
        Relationships: [
          {
            foreignKeyName: "team_settings_team_id_fkey";
            columns: ["team_id"];
            isOneToOne: true;
            referencedRelation: "teams";
            referencedColumns: ["id"];
          },
        ];
      };
      "teams": {
        Row: {
          "back_at": string | null;
          "created_at": string;
          "domains": (string)[];
          "id": string;
          "name": string;
          "paused_at": string | null;
          "paused_reason": string | null;
        };
        ComputedFields: never;
        Insert: {
          "back_at"?: string | null;
          "created_at"?: string;
          "domains"?: (string)[];
          "id"?: string;
          "name": string;
          "paused_at"?: string | null;
          "paused_reason"?: string | null;
        };
        Update: {
          "back_at"?: string | null;
          "created_at"?: string;
          "domains"?: (string)[];
          "id"?: string;
          "name"?: string;
          "paused_at"?: string | null;
          "paused_reason"?: string | null;
        };
        Relationships: [];
      };
      "tracked_email_status_counts": {
        Row: {
          "delta": number;
          "id": number;
          "mailbox_id": string;
          "status": Database["public"]["Enums"]["tracked_status"];
          "team_id": string;
        };
        ComputedFields: never;
        Insert: {
          "delta": number;
          "id"?: never;
          "mailbox_id": string;
          "status": Database["public"]["Enums"]["tracked_status"];
          "team_id": string;
        };
        Update: {
          "delta"?: number;
          "id"?: never;
          "mailbox_id"?: string;
          "status"?: Database["public"]["Enums"]["tracked_status"];
          "team_id"?: string;
        };
        Relationships: [
          {
            foreignKeyName: "tracked_email_status_counts_mailbox_id_fkey";
            columns: ["mailbox_id"];
            isOneToOne: false;
            referencedRelation: "mailboxes";
            referencedColumns: ["id"];
          },
          {
            foreignKeyName: "tracked_email_status_counts_team_id_fkey";
            columns: ["team_id"];
            isOneToOne: false;
            referencedRelation: "teams";
            referencedColumns: ["id"];
          },
        ];
      };
      "tracked_emails": {
        Row: {
          "answer_credited_at": string | null;
          "answer_message_id": string | null;
          "answered_at": string | null;
          "automatic_sent": number;
          "conversation_id": string;
          "created_at": string;
          "id": string;
          "language": string | null;
          "last_activity_at": string;
          "mailbox_id": string;
          "manual_detected": number;
          "message_id": string;
          "next_due_at": string | null;
          "owner_id": string;
          "recipients": (string)[];
          "sent_at": string;
          "status": Database["public"]["Enums"]["tracked_status"];
          "status_changed_at": string;
          "status_reason": string | null;
          "subject": string | null;
          "team_id": string;
          "tracked_by": string;
        };
        ComputedFields: never;
        Insert: {
          "answer_credited_at"?: string | null;
          "answer_message_id"?: string | null;
          "answered_at"?: string | null;
          "automatic_sent"?: number;
          "conversation_id": string;
          "created_at"?: string;
          "id"?: string;
          "language"?: string | null;
          "last_activity_at": string;
          "mailbox_id": string;
          "manual_detected"?: number;
          "message_id": string;
          "next_due_at"?: string | null;
          "owner_id": string;
          "recipients": (string)[];
          "sent_at": string;
          "status"?: Database["public"]["Enums"]["tracked_status"];
          "status_changed_at": string;
          "status_reason"?: string | null;
          "subject"?: string | null;
          "team_id": string;
          "tracked_by": string;
        };
        Update: {
          "answer_credited_at"?: string | null;
          "answer_message_id"?: string | null;
          "answered_at"?: string | null;
          "automatic_sent"?: number;
          "conversation_id"?: string;
          "created_at"?: string;
          "id"?: string;
          "language"?: string | null;
          "last_activity_at"?: string;
          "mailbox_id"?: string;
          "manual_detected"?: number;
          "message_id"?: string;
          "next_due_at"?: string | null;
          "owner_id"?: string;
          "recipients"?: (string)[];
          "sent_at"?: string;
          "status"?: Database["public"]["Enums"]["tracked_status"];
          "status_changed_at"?: string;
          "status_reason"?: string | null;
          "subject"?: string | null;
          "team_id"?: string;
          "tracked_by"?: string;
        };
        Relationships: [
          {
            foreignKeyName: "tracked_emails_answer_message_id_fkey";
            columns: ["answer_message_id"];
            isOneToOne: false;
            referencedRelation: "followup_promise_violations";
            referencedColumns: ["answer_message_id"];
          },
          {
            foreignKeyName: "tracked_emails_answer_message_id_fkey";
            columns: ["answer_message_id"];
            isOneToOne: false;
            referencedRelation: "messages";
            referencedColumns: ["id"];
          },
          {
            foreignKeyName: "tracked_emails_conversation_id_fkey";
            columns: ["conversation_id"];
            isOneToOne: false;
            referencedRelation: "conversations";
            referencedColumns: ["id"];
          },
          {
            foreignKeyName: "tracked_emails_mailbox_id_fkey";
            columns: ["mailbox_id"];
            isOneToOne: false;
            referencedRelation: "mailboxes";
            referencedColumns: ["id"];
          },
          {
            foreignKeyName: "tracked_emails_message_id_fkey";
            columns: ["message_id"];
            isOneToOne: true;
            referencedRelation: "followup_promise_violations";
            referencedColumns: ["answer_message_id"];
          },
          {
            foreignKeyName: "tracked_emails_message_id_fkey";
            columns: ["message_id"];
            isOneToOne: true;
            referencedRelation: "messages";
            referencedColumns: ["id"];
          },
          {
            foreignKeyName: "tracked_emails_team_id_fkey";
            columns: ["team_id"];
            isOneToOne: false;
            referencedRelation: "teams";
            referencedColumns: ["id"];
          },
        ];
      };
      "webhook_deliveries": {
        Row: {
          "attempts": number;
          "attempts_before_replay": number;
          "created_at": string;
          "delivered_at": string | null;
          "endpoint_id": string;
          "event_id": number | null;
          "event_type": string;
          "id": string;
          "last_attempt_at": string | null;
          "last_error": string | null;
          "last_status_code": number | null;
          "next_attempt_at": string | null;
          "payload": NonNullable<Json>;
          "queue_msg_id": number | null;
          "status": string;
          "team_id": string;
          "webhook_id": string;
        };
        ComputedFields: never;
        Insert: {
          "attempts"?: number;
          "attempts_before_replay"?: number;
          "created_at": string;
          "delivered_at"?: string | null;
          "endpoint_id": string;
          "event_id"?: number | null;
          "event_type": string;
          "id"?: string;
          "last_attempt_at"?: string | null;
          "last_error"?: string | null;
          "last_status_code"?: number | null;
          "next_attempt_at"?: string | null;
          "payload": NonNullable<Json>;
          "queue_msg_id"?: number | null;
          "status"?: string;
          "team_id": string;
          "webhook_id": string;
        };
        Update: {
          "attempts"?: number;
          "attempts_before_replay"?: number;
          "created_at"?: string;
          "delivered_at"?: string | null;
          "endpoint_id"?: string;
          "event_id"?: number | null;
          "event_type"?: string;
          "id"?: string;
          "last_attempt_at"?: string | null;
          "last_error"?: string | null;
          "last_status_code"?: number | null;
          "next_attempt_at"?: string | null;
          "payload"?: NonNullable<Json>;
          "queue_msg_id"?: number | null;
          "status"?: string;
          "team_id"?: string;
          "webhook_id"?: string;
        };
        Relationships: [
          {
            foreignKeyName: "webhook_deliveries_endpoint_id_fkey";
            columns: ["endpoint_id"];
            isOneToOne: false;
            referencedRelation: "webhook_endpoints";
            referencedColumns: ["id"];
          },
          {
            foreignKeyName: "webhook_deliveries_event_id_fkey";
            columns: ["event_id"];
            isOneToOne: false;
            referencedRelation: "events";
            referencedColumns: ["id"];
          },
          {
            foreignKeyName: "webhook_deliveries_team_id_fkey";
            columns: ["team_id"];
            isOneToOne: false;
            referencedRelation: "teams";
            referencedColumns: ["id"];
          },
        ];
      };
      "webhook_endpoints": {
        Row: {
          "consecutive_failures": number;
          "created_at": string;
          "created_by": string | null;
          "description": string;
          "disabled_at": string | null;
          "disabled_reason": string | null;
          "events": (string)[];
          "failing_since": string | null;
          "id": string;
          "last_success_at": string | null;
          "secret_rotated_at": string;
          "status": string;
          "team_id": string;
          "updated_at": string;
          "url": string;
        };
        ComputedFields: never;
        Insert: {
          "consecutive_failures"?: number;
          "created_at": string;
          "created_by"?: string | null;
          "description"?: string;
          "disabled_at"?: string | null;
          "disabled_reason"?: string | null;
          "events": (string)[];
          "failing_since"?: string | null;
          "id"?: string;
          "last_success_at"?: string | null;
          "secret_rotated_at": string;
          "status"?: string;
          "team_id": string;
          "updated_at": string;
          "url": string;
        };
        Update: {
          "consecutive_failures"?: number;
          "created_at"?: string;
          "created_by"?: string | null;
          "description"?: string;
          "disabled_at"?: string | null;
          "disabled_reason"?: string | null;
          "events"?: (string)[];
          "failing_since"?: string | null;
          "id"?: string;
          "last_success_at"?: string | null;
          "secret_rotated_at"?: string;
          "status"?: string;
          "team_id"?: string;
          "updated_at"?: string;
          "url"?: string;
        };
        Relationships: [
          {
            foreignKeyName: "webhook_endpoints_team_id_fkey";
            columns: ["team_id"];
            isOneToOne: false;
            referencedRelation: "teams";
            referencedColumns: ["id"];
          },
        ];
      };
      "worker_logs": {
        Row: {
          "created_at": string;
          "followup_id": string | null;
          "id": number;
          "level": string;
          "mailbox_id": string | null;
          "message": string;
          "team_id": string | null;
        };
        ComputedFields: never;
        Insert: {
          "created_at"?: string;
          "followup_id"?: string | null;
          "id"?: never;
          "level": string;
          "mailbox_id"?: string | null;
          "message": string;
          "team_id"?: string | null;
        };
        Update: {
          "created_at"?: string;
          "followup_id"?: string | null;
          "id"?: never;
          "level"?: string;
          "mailbox_id"?: string | null;
          "message"?: string;
          "team_id"?: string | null;
        };
        Relationships: [
          {
            foreignKeyName: "worker_logs_followup_id_fkey";
            columns: ["followup_id"];
            isOneToOne: false;
            referencedRelation: "followup_promise_violations";
            referencedColumns: ["followup_id"];
          },
          {
            foreignKeyName: "worker_logs_followup_id_fkey";
            columns: ["followup_id"];
            isOneToOne: false;
            referencedRelation: "followups";
            referencedColumns: ["id"];
          },
          {
            foreignKeyName: "worker_logs_mailbox_id_fkey";
            columns: ["mailbox_id"];
            isOneToOne: false;
            referencedRelation: "mailboxes";
            referencedColumns: ["id"];
          },
          {
            foreignKeyName: "worker_logs_team_id_fkey";
            columns: ["team_id"];
            isOneToOne: false;
            referencedRelation: "teams";
            referencedColumns: ["id"];
          },
        ];
      };
    };
    Views: {
      "ai_accuracy_daily": {
        Row: {
          "accuracy": number | null;
          "approved": number | null;
          "class": string;
          "corrected": number | null;
          "day": string | null;
          "decisions": number | null;
          "ignored": number | null;
          "mean_confidence": number | null;
          "rejected": number | null;
          "source": string;
          "subject": string;
          "team_id": string;
        };
        ComputedFields: never;
        Relationships: [
          {
            foreignKeyName: "ai_feedback_team_id_fkey";
            columns: ["team_id"];
            isOneToOne: false;
            referencedRelation: "teams";
            referencedColumns: ["id"];
          },
        ];
      };
      "ai_accuracy_metrics": {
        Row: {
          "accuracy": number | null;
          "approved": number | null;
          "class": string;
          "corrected": number | null;
          "decisions": number | null;
          "ignored": number | null;
          "iso_week": string | null;
          "mean_confidence": number | null;
          "rejected": number | null;
          "source": string;
          "subject": string;
          "team_id": string;
          "week_start": string | null;
        };
        ComputedFields: never;
        Relationships: [
          {
            foreignKeyName: "ai_feedback_team_id_fkey";
            columns: ["team_id"];
            isOneToOne: false;
            referencedRelation: "teams";
            referencedColumns: ["id"];
          },
        ];
      };
      "contact_messages": {
        Row: {
          "at": string | null;
          "contact_id": string | null;
          "conversation_id": string | null;
          "direction": string | null;
          "mailbox_id": string | null;
          "message_id": string | null;
          "role": string | null;
          "subject": string | null;
          "team_id": string | null;
        };
        ComputedFields: never;
        Relationships: [];
      };
      "followup_activity_summary": {
        Row: {
          "answered_at": string | null;
          "automatic_sent": number;
          "last_activity_at": string;
          "mailbox_address": string;
          "mailbox_id": string;
          "manual_detected": number;
          "next_followup_due_at": string | null;
          "owner_id": string;
          "recipients": (string)[];
          "sent_at": string;
          "status": Database["public"]["Enums"]["tracked_status"];
          "status_reason": string | null;
          "subject": string | null;
          "team_id": string;
          "total_followups": number | null;
          "tracked_email_id": string;
        };
        ComputedFields: never;
        Relationships: [
          {
            foreignKeyName: "tracked_emails_mailbox_id_fkey";
            columns: ["mailbox_id"];
            isOneToOne: false;
            referencedRelation: "mailboxes";
            referencedColumns: ["id"];
          },
          {
            foreignKeyName: "tracked_emails_team_id_fkey";
            columns: ["team_id"];
            isOneToOne: false;
            referencedRelation: "teams";
            referencedColumns: ["id"];
          },
        ];
      };
      "followup_promise_violations": {
        Row: {
          "answer_ingested_at": string;
          "answer_message_id": string;
          "answer_received_at": string | null;
          "followup_id": string;
          "sent_at": string | null;
          "team_id": string;
          "tracked_email_id": string;
        };
        ComputedFields: never;
        Relationships: [
          {
            foreignKeyName: "followups_team_id_fkey";
            columns: ["team_id"];
            isOneToOne: false;
            referencedRelation: "teams";
            referencedColumns: ["id"];
          },
          {
            foreignKeyName: "followups_tracked_email_id_fkey";
            columns: ["tracked_email_id"];
            isOneToOne: false;
            referencedRelation: "followup_activity_summary";
            referencedColumns: ["tracked_email_id"];
          },
          {
            foreignKeyName: "followups_tracked_email_id_fkey";
            columns: ["tracked_email_id"];
            isOneToOne: false;
            referencedRelation: "tracked_email_contacts";
            referencedColumns: ["tracked_email_id"];
          },
          {
            foreignKeyName: "followups_tracked_email_id_fkey";
            columns: ["tracked_email_id"];
            isOneToOne: false;
            referencedRelation: "tracked_emails";
            referencedColumns: ["id"];
          },
        ];
      };
      "followup_status_counts": {
        Row: {
          "mailbox_id": string;
          "status": Database["public"]["Enums"]["tracked_status"];
          "team_id": string;
          "tracked_emails": number | null;
        };
        ComputedFields: never;
        Relationships: [
          {
            foreignKeyName: "tracked_email_status_counts_mailbox_id_fkey";
            columns: ["mailbox_id"];
            isOneToOne: false;
            referencedRelation: "mailboxes";
            referencedColumns: ["id"];
          },
          {
            foreignKeyName: "tracked_email_status_counts_team_id_fkey";
            columns: ["team_id"];
            isOneToOne: false;
            referencedRelation: "teams";
            referencedColumns: ["id"];
          },
        ];
      };
      "followup_variant_stats": {
        Row: {
          "archived_at": string | null;
          "bounced": number | null;
          "language": string;
          "median_time_to_reply": string | null;
          "opted_out": number | null;
          "replied": number | null;
          "reply_rate": number | null;
          "reply_rate_high": number | null;
          "reply_rate_low": number | null;
          "sent": number | null;
          "step": number;
          "stopped_at": string | null;
          "team_id": string;
          "template_id": string | null;
          "variant": string;
        };
        ComputedFields: never;
        Relationships: [
          {
            foreignKeyName: "followup_variant_assignments_team_id_fkey";
            columns: ["team_id"];
            isOneToOne: false;
            referencedRelation: "teams";
            referencedColumns: ["id"];
          },
          {
            foreignKeyName: "followup_variant_assignments_template_id_fkey";
            columns: ["template_id"];
            isOneToOne: false;
            referencedRelation: "followup_templates";
            referencedColumns: ["id"];
          },
        ];
      };
      "health_history": {
        Row: {
          "checks": Json | null;
          "healthy": boolean | null;
          "snapshot_id": number;
          "taken_at": string;
          "team_id": string | null;
        };
        ComputedFields: never;
        Relationships: [];
      };
      "intel_ai_usage_daily": {
        Row: {
          "calls": number | null;
          "cost_usd": number | null;
          "day": string | null;
          "failed": number | null;
          "hit_rate": number | null;
          "hits": number | null;
          "invalid": number | null;
          "kind": string | null;
          "team_id": string | null;
        };
        ComputedFields: never;
        Relationships: [];
      };
      "intel_intent_daily": {
        Row: {
          "avg_confidence": number | null;
          "by_llm": number | null;
          "by_model": number | null;
          "by_rules": number | null;
          "by_user": number | null;
          "day": string | null;
          "label": Database["public"]["Enums"]["intent_label"];
          "messages": number | null;
          "share": number | null;
          "team_id": string;
        };
        ComputedFields: never;
        Relationships: [
          {
            foreignKeyName: "message_intents_team_id_fkey";
            columns: ["team_id"];
            isOneToOne: false;
            referencedRelation: "teams";
            referencedColumns: ["id"];
          },
        ];
      };
      "intel_intent_sources_daily": {
        Row: {
          "by_llm": number | null;
          "by_model": number | null;
          "by_rules": number | null;
          "by_user": number | null;
          "day": string | null;
          "llm_share": number | null;
          "messages": number | null;
          "model_share": number | null;
          "rules_share": number | null;
          "team_id": string;
        };
        ComputedFields: never;
        Relationships: [
          {
            foreignKeyName: "message_intents_team_id_fkey";
            columns: ["team_id"];
            isOneToOne: false;
            referencedRelation: "teams";
            referencedColumns: ["id"];
          },
        ];
      };
      "intel_signature_daily": {
        Row: {
          "avg_signature_confidence": number | null;
          "day": string | null;
          "failed": number | null;
          "fields_found": number | null;
          "fields_per_signature": number | null;
          "llm_share": number | null;
          "messages_read": number | null;
          "reached_llm": number | null;
          "signatures": number | null;
          "success_rate": number | null;
          "team_id": string;
        };
        ComputedFields: never;
        Relationships: [
          {
            foreignKeyName: "message_insights_team_id_fkey";
            columns: ["team_id"];
            isOneToOne: false;
            referencedRelation: "teams";
            referencedColumns: ["id"];
          },
        ];
      };
      "intel_suggestions_daily": {
        Row: {
          "accepted": number | null;
          "day": string | null;
          "pending": number | null;
          "raised": number | null;
          "rejected": number | null;
          "team_id": string | null;
        };
        ComputedFields: never;
        Relationships: [];
      };
      "my_access_logs": {
        Row: {
          "access_type": string;
          "address": string | null;
          "entity_id": string | null;
          "entity_type": string;
          "id": number;
          "ip": unknown;
          "occurred_at": string;
          "team_id": string;
          "user_agent": string | null;
        };
        ComputedFields: never;
        Insert: {
          "access_type"?: string | null;
          "address"?: string | null;
          "entity_id"?: string | null;
          "entity_type"?: string | null;
          "id"?: number | null;
          "ip"?: unknown;
          "occurred_at"?: string | null;
          "team_id"?: string | null;
          "user_agent"?: string | null;
        };
        Update: {
          "access_type"?: string | null;
          "address"?: string | null;
          "entity_id"?: string | null;
          "entity_type"?: string | null;
          "id"?: number | null;
          "ip"?: unknown;
          "occurred_at"?: string | null;
          "team_id"?: string | null;
          "user_agent"?: string | null;
        };
        Relationships: [
          {
            foreignKeyName: "data_access_logs_team_id_fkey";
            columns: ["team_id"];
            isOneToOne: false;
            referencedRelation: "teams";
            referencedColumns: ["id"];
          },
        ];
      };
      "ranked_fact_suggestions": {
        Row: {
          "address": string | null;
          "boosted_confidence": number | null;
          "confidence": number | null;
          "fact_id": string | null;
          "field": string | null;
          "kind": string | null;
          "observed_at": string | null;
          "parent_id": string | null;
          "past_acceptances": number | null;
          "source": Database["public"]["Enums"]["fact_source"] | null;
          "team_id": string | null;
          "value": string | null;
        };
        ComputedFields: never;
        Relationships: [];
      };
      "tracked_email_contacts": {
        Row: {
          "address": string;
          "contact_id": string;
          "mailbox_id": string;
          "team_id": string;
          "tracked_email_id": string;
        };
        ComputedFields: never;
        Relationships: [
          {
            foreignKeyName: "tracked_emails_mailbox_id_fkey";
            columns: ["mailbox_id"];
            isOneToOne: false;
            referencedRelation: "mailboxes";
            referencedColumns: ["id"];
          },
          {
            foreignKeyName: "tracked_emails_team_id_fkey";
            columns: ["team_id"];
            isOneToOne: false;
            referencedRelation: "teams";
            referencedColumns: ["id"];
          },
        ];
      };
      "tracked_email_intents": {
        Row: {
          "confidence": number;
          "label": Database["public"]["Enums"]["intent_label"];
          "mailbox_id": string;
          "message_at": string;
          "message_id": string;
          "not_now_until": string | null;
          "read_at": string;
          "referral_address": string | null;
          "referral_name": string | null;
          "relayed": boolean;
          "source": Database["public"]["Enums"]["intent_source"];
          "team_id": string;
          "tracked_email_id": string | null;
        };
        ComputedFields: never;
        Relationships: [
          {
            foreignKeyName: "message_intents_mailbox_id_fkey";
            columns: ["mailbox_id"];
            isOneToOne: false;
            referencedRelation: "mailboxes";
            referencedColumns: ["id"];
          },
          {
            foreignKeyName: "message_intents_message_id_fkey";
            columns: ["message_id"];
            isOneToOne: true;
            referencedRelation: "followup_promise_violations";
            referencedColumns: ["answer_message_id"];
          },
          {
            foreignKeyName: "message_intents_message_id_fkey";
            columns: ["message_id"];
            isOneToOne: true;
            referencedRelation: "messages";
            referencedColumns: ["id"];
          },
          {
            foreignKeyName: "message_intents_team_id_fkey";
            columns: ["team_id"];
            isOneToOne: false;
            referencedRelation: "teams";
            referencedColumns: ["id"];
          },
          {
            foreignKeyName: "message_intents_tracked_email_id_fkey";
            columns: ["tracked_email_id"];
            isOneToOne: false;
            referencedRelation: "followup_activity_summary";
            referencedColumns: ["tracked_email_id"];
          },
          {
            foreignKeyName: "message_intents_tracked_email_id_fkey";
            columns: ["tracked_email_id"];
            isOneToOne: false;
            referencedRelation: "tracked_email_contacts";
            referencedColumns: ["tracked_email_id"];
          },
          {
            foreignKeyName: "message_intents_tracked_email_id_fkey";
            columns: ["tracked_email_id"];
            isOneToOne: false;
            referencedRelation: "tracked_emails";
            referencedColumns: ["id"];
          },
        ];
      };
    };
    Functions: {
      "anonymise_member": {
        Args: { "p_now"?: string; "p_reason"?: string; "p_team_id": string; "p_user_id": string };
        Returns: Json;
      };
      "archive_followup_template": {
        Args: { "p_now"?: string; "p_template_id": string };
        Returns: {
          "archived_at": string | null;
          "body_html": string | null;
          "body_text": string;
          "created_at": string;
          "created_by": string | null;
          "id": string;
          "language": string;
          "mailbox_id": string | null;
          "step": number;
          "stopped_at": string | null;
          "team_id": string;
          "updated_at": string;
          "variant": string;
          "weight": number;
        };
        SetofOptions: {
          from: "*";
          to: "followup_templates";
          isOneToOne: true;
          isSetofReturn: false;
        };
      };
      "confirm_mailbox_signature": {
        Args: { "p_html"?: string; "p_mailbox_id": string; "p_now"?: string; "p_text"?: string };
        Returns: Json;
      };
      "correct_intent": {
        Args: {
          "p_intent": string;
          "p_message_id": string;
          "p_not_now_until"?: string;
          "p_now"?: string;
          "p_relayed"?: boolean;
        };
        Returns: Json;
      };
      "create_followup_template": {
        Args: {
          "p_body_html"?: string;
          "p_body_text": string;
          "p_language": string;
          "p_mailbox_id"?: string;
          "p_now"?: string;
          "p_step": number;
          "p_team_id": string;
          "p_variant"?: string;
          "p_weight"?: number;
        };
        Returns: {
          "archived_at": string | null;
          "body_html": string | null;
          "body_text": string;
          "created_at": string;
          "created_by": string | null;
          "id": string;
          "language": string;
          "mailbox_id": string | null;
          "step": number;
          "stopped_at": string | null;
          "team_id": string;
          "updated_at": string;
          "variant": string;
          "weight": number;
        };
        SetofOptions: {
          from: "*";
          to: "followup_templates";
          isOneToOne: true;
          isSetofReturn: false;
        };
      };
      "create_routing_rule": {
        Args: {
          "p_assign_to"?: string;
          "p_enabled"?: boolean;
          "p_intents"?: (string)[];
          "p_keywords"?: (string)[];
          "p_labels"?: (string)[];
          "p_mailbox_ids"?: (string)[];
          "p_name": string;
          "p_notify_user_id"?: string;
          "p_now"?: string;
          "p_position"?: number;
          "p_sender_domains"?: (string)[];
          "p_team_id": string;
        };
        Returns: string;
      };
      "create_team": {
        Args: { "p_domains"?: (string)[]; "p_name": string };
        Returns: {
          "back_at": string | null;
          "created_at": string;
          "domains": (string)[];
          "id": string;
          "name": string;
          "paused_at": string | null;
          "paused_reason": string | null;
        };
        SetofOptions: {
          from: "*";
          to: "teams";
          isOneToOne: true;
          isSetofReturn: false;
        };
      };
      "create_webhook_endpoint": {
        Args: { "p_description"?: string; "p_events": (string)[]; "p_team_id": string; "p_url": string };
        Returns: Json;
      };
      "decide_fact": {
        Args: { "p_decision": string; "p_fact_id": string; "p_now"?: string; "p_value"?: string };
        Returns: string;
      };
      "decide_facts": {
        Args: {
          "p_contact_id"?: string;
          "p_decision": string;
          "p_field"?: string;
          "p_max_confidence"?: number;
          "p_min_confidence"?: number;
          "p_now"?: string;
          "p_source"?: Database["public"]["Enums"]["fact_source"];
          "p_team_id": string;
        };
        Returns: number;
      };
      "delete_my_preferences": { Args: { "p_team_id"?: string }; Returns: number };
      "delete_routing_rule": { Args: { "p_now"?: string; "p_rule_id": string }; Returns: boolean };
      "delete_webhook_endpoint": { Args: { "p_endpoint_id": string }; Returns: boolean };
      "disable_webhook_endpoint": { Args: { "p_endpoint_id": string; "p_reason"?: string }; Returns: boolean };
      "disconnect_mailbox": {
        Args: { "p_mailbox_id": string; "p_now"?: string; "p_reason"?: string };
        Returns: boolean;
      };
      "enable_webhook_endpoint": { Args: { "p_endpoint_id": string }; Returns: number };
      "erase_person": { Args: { "p_address": string; "p_now"?: string; "p_team_id": string }; Returns: Json };
      "export_person": { Args: { "p_address": string; "p_now"?: string; "p_team_id": string }; Returns: Json };
      "export_user": { Args: { "p_now"?: string; "p_team_id"?: string }; Returns: Json };
      "followup_activity_page": {
        Args: {
          "p_after_at"?: string;
          "p_after_id"?: string;
          "p_limit"?: number;
          "p_mailbox_id"?: string;
          "p_order"?: string;
          "p_status"?: Database["public"]["Enums"]["tracked_status"];
        };
        Returns: {
          "answered_at": string | null;
          "automatic_sent": number;
          "last_activity_at": string;
          "mailbox_address": string;
          "mailbox_id": string;
          "manual_detected": number;
          "next_followup_due_at": string | null;
          "owner_id": string;
          "recipients": (string)[];
          "sent_at": string;
          "status": Database["public"]["Enums"]["tracked_status"];
          "status_reason": string | null;
          "subject": string | null;
          "team_id": string;
          "total_followups": number | null;
          "tracked_email_id": string;
        }[];
        SetofOptions: {
          from: "*";
          to: "followup_activity_summary";
          isOneToOne: false;
          isSetofReturn: true;
        };
      };
      "followup_report": { Args: { "p_from": string; "p_team_id": string; "p_to": string }; Returns: Json };
      "get_contact": { Args: { "p_contact_id": string }; Returns: Json };
      "get_field_suggestions": {
        Args: { "p_field": string; "p_limit"?: number; "p_now"?: string; "p_prefix"?: string; "p_team_id": string };
        Returns: {
          "frequency": number;
          "last_used_at": string;
          "recency": number;
          "scope": string;
          "score": number;
          "uses": number;
          "value": string;
        }[];
      };
      "get_learning_stats": {
        Args: { "p_now"?: string; "p_team_id": string };
        Returns: {
          "acceptance_rate": number;
          "accepted": number;
          "field": string;
          "ignored": number;
          "last_choice_at": string;
          "manual": number;
          "rejected": number;
          "total": number;
        }[];
      };
      "get_mailbox_signature": { Args: { "p_mailbox_id": string }; Returns: Json };
      "get_privacy_settings": {
        Args: { "p_team_id": string };
        Returns: {
          "body_retention_days": number;
          "log_retention_days": number;
          "provider_event_retention_days": number;
          "team_id": string;
        }[];
      };
      "get_timeline": {
        Args: { "p_tracked_email_id": string };
        Returns: {
          "details": Json;
          "kind": string;
          "occurred_at": string;
          "reason": string;
        }[];
      };
      "get_total_followup_count": { Args: { "p_tracked_email_id": string }; Returns: number };
      "lift_suppression": {
        Args: { "p_address": string; "p_evidence": string; "p_now"?: string; "p_team_id": string };
        Returns: string;
      };
      "list_routing_rules": {
        Args: { "p_team_id": string };
        Returns: {
          "assign_to": string | null;
          "created_at": string;
          "created_by": string | null;
          "enabled": boolean;
          "id": string;
          "intents": (Database["public"]["Enums"]["intent_label"])[];
          "keywords": (string)[];
          "labels": (string)[];
          "mailbox_ids": (string)[];
          "name": string;
          "notify_user_id": string | null;
          "position": number;
          "sender_domains": (string)[];
          "team_id": string;
          "updated_at": string;
        }[];
        SetofOptions: {
          from: "*";
          to: "routing_rules";
          isOneToOne: false;
          isSetofReturn: true;
        };
      };
      "mailbox_connections": {
        Args: Record<PropertyKey, never>;
        Returns: {
          "address": string;
          "connected": boolean;
          "last_sync_at": string;
          "mailbox_id": string;
          "needs_reauth": boolean;
          "provider": Database["public"]["Enums"]["mail_provider"];
          "status": Database["public"]["Enums"]["mailbox_status"];
          "status_reason": string;
          "subscription_expires_at": string;
          "team_id": string;
        }[];
      };
      "mark_answered": { Args: { "p_how"?: string; "p_now"?: string; "p_tracked_email_id": string }; Returns: boolean };
      "mark_notification_read": { Args: { "p_notification_id": string; "p_now"?: string }; Returns: boolean };
      "mark_reminder_done": { Args: { "p_now"?: string; "p_reminder_id": string }; Returns: boolean };
      "pause_mailbox": { Args: { "p_mailbox_id": string; "p_now"?: string }; Returns: boolean };
      "pause_team": { Args: { "p_now"?: string; "p_reason"?: string; "p_team_id": string }; Returns: boolean };
      "pause_tracked_email": { Args: { "p_now"?: string; "p_tracked_email_id": string }; Returns: boolean };
      "preview_followup_template": {
        Args: {
          "p_body_html"?: string;
          "p_body_text"?: string;
          "p_step"?: number;
          "p_template_id"?: string;
          "p_tracked_email_id": string;
        };
        Returns: Json;
      };
      "record_objection": {
        Args: { "p_contact_id": string; "p_detail"?: string; "p_now"?: string };
        Returns: {
          "address": string;
          "basis_at": string | null;
          "basis_source": string;
          "company": string | null;
          "created_at": string;
          "first_seen_at": string;
          "id": string;
          "last_seen_at": string;
          "lawful_basis": Database["public"]["Enums"]["lawful_basis"];
          "linkedin": string | null;
          "name": string | null;
          "objected_at": string | null;
          "objection_detail": string | null;
          "organisation_id": string | null;
          "owner_id": string | null;
          "phone_fax": string | null;
          "phone_landline": string | null;
          "phone_mobile": string | null;
          "postal_address": string | null;
          "team_id": string;
          "title": string | null;
          "updated_at": string;
          "website": string | null;
        };
        SetofOptions: {
          from: "*";
          to: "contacts";
          isOneToOne: true;
          isSetofReturn: false;
        };
      };
      "reorder_routing_rules": {
        Args: { "p_now"?: string; "p_rule_ids": (string)[]; "p_team_id": string };
        Returns: number;
      };
      "resume_after_not_now": {
        Args: { "p_now"?: string; "p_reminder_id": string; "p_resume"?: boolean };
        Returns: string;
      };
      "resume_mailbox": { Args: { "p_mailbox_id": string; "p_now"?: string }; Returns: boolean };
      "resume_team": { Args: { "p_now"?: string; "p_team_id": string }; Returns: boolean };
      "resume_tracked_email": { Args: { "p_now"?: string; "p_tracked_email_id": string }; Returns: boolean };
      "retry_dead_letter": { Args: { "p_dead_letter_id": string; "p_now"?: string }; Returns: boolean };
      "rotate_webhook_secret": { Args: { "p_endpoint_id": string; "p_overlap"?: string }; Returns: string };
      "run_autofill_now": { Args: { "p_limit"?: number; "p_now"?: string; "p_team_id": string }; Returns: number };
      "send_test_webhook": { Args: { "p_endpoint_id": string }; Returns: string };
      "set_contact_basis": {
        Args: {
          "p_basis": Database["public"]["Enums"]["lawful_basis"];
          "p_contact_id": string;
          "p_now"?: string;
          "p_source": string;
        };
        Returns: {
          "address": string;
          "basis_at": string | null;
          "basis_source": string;
          "company": string | null;
          "created_at": string;
          "first_seen_at": string;
          "id": string;
          "last_seen_at": string;
          "lawful_basis": Database["public"]["Enums"]["lawful_basis"];
          "linkedin": string | null;
          "name": string | null;
          "objected_at": string | null;
          "objection_detail": string | null;
          "organisation_id": string | null;
          "owner_id": string | null;
          "phone_fax": string | null;
          "phone_landline": string | null;
          "phone_mobile": string | null;
          "postal_address": string | null;
          "team_id": string;
          "title": string | null;
          "updated_at": string;
          "website": string | null;
        };
        SetofOptions: {
          from: "*";
          to: "contacts";
          isOneToOne: true;
          isSetofReturn: false;
        };
      };
      "set_contact_field": {
        Args: { "p_contact_id": string; "p_field": string; "p_now"?: string; "p_value": string };
        Returns: string;
      };
      "set_intelligence_settings": {
        Args: {
          "p_autofill_batch_size"?: number;
          "p_autofill_enabled"?: boolean;
          "p_autofill_threshold"?: number;
          "p_default_region"?: string;
          "p_llm_confidence_floor"?: number;
          "p_llm_enabled"?: boolean;
          "p_team_id": string;
          "p_web_enrichment_enabled"?: boolean;
        };
        Returns: {
          "autofill_batch_size": number;
          "autofill_enabled": boolean;
          "autofill_threshold": number;
          "default_region": string;
          "llm_confidence_floor": number;
          "llm_enabled": boolean;
          "team_id": string;
          "updated_at": string;
          "web_enrichment_enabled": boolean;
        };
        SetofOptions: {
          from: "*";
          to: "intelligence_settings";
          isOneToOne: true;
          isSetofReturn: false;
        };
      };
      "set_mailbox_settings": {
        Args: { "p_mailbox_id": string; "p_settings": Json };
        Returns: {
          "address": string;
          "back_at": string | null;
          "created_at": string;
          "daily_send_cap": number | null;
          "display_name": string | null;
          "followup_interval": string | null;
          "holiday_calendar": string | null;
          "id": string;
          "max_followups": number | null;
          "owner_id": string;
          "provider": Database["public"]["Enums"]["mail_provider"];
          "status": Database["public"]["Enums"]["mailbox_status"];
          "status_changed_at": string;
          "status_reason": string | null;
          "team_id": string;
          "time_zone": string | null;
          "tracking_policy": Database["public"]["Enums"]["tracking_policy"] | null;
          "tracks_from": string | null;
          "updated_at": string;
          "working_days": (number)[] | null;
          "working_hours_end": string | null;
          "working_hours_start": string | null;
        };
        SetofOptions: {
          from: "*";
          to: "mailboxes";
          isOneToOne: true;
          isSetofReturn: false;
        };
      };
      "set_privacy_settings": {
        Args: { "p_settings": Json; "p_team_id": string };
        Returns: {
          "body_retention_days": number;
          "log_retention_days": number;
          "provider_event_retention_days": number;
          "team_id": string;
        }[];
      };
      "set_routing_rule_enabled": {
        Args: { "p_enabled": boolean; "p_now"?: string; "p_rule_id": string };
        Returns: boolean;
      };
      "set_team_settings": {
        Args: { "p_settings": Json; "p_team_id": string };
        Returns: {
          "daily_send_cap": number;
          "default_language": string;
          "followup_interval": string;
          "holiday_calendar": string | null;
          "max_followups": number;
          "reply_from_any_conversation": boolean;
          "resume_after_not_now": boolean;
          "retention_days": number;
          "team_id": string;
          "time_zone": string;
          "tracking_policy": Database["public"]["Enums"]["tracking_policy"];
          "updated_at": string;
          "working_days": (number)[];
          "working_hours_end": string;
          "working_hours_start": string;
        };
        SetofOptions: {
          from: "*";
          to: "team_settings";
          isOneToOne: true;
          isSetofReturn: false;
        };
      };
      "stop_followup_variant": {
        Args: { "p_now"?: string; "p_stopped"?: boolean; "p_template_id": string };
        Returns: {
          "archived_at": string | null;
          "body_html": string | null;
          "body_text": string;
          "created_at": string;
          "created_by": string | null;
          "id": string;
          "language": string;
          "mailbox_id": string | null;
          "step": number;
          "stopped_at": string | null;
          "team_id": string;
          "updated_at": string;
          "variant": string;
          "weight": number;
        };
        SetofOptions: {
          from: "*";
          to: "followup_templates";
          isOneToOne: true;
          isSetofReturn: false;
        };
      };
      "track_field_choice": {
        Args: {
          "p_action": string;
          "p_address"?: string;
          "p_field": string;
          "p_final_value"?: string;
          "p_now"?: string;
          "p_suggested_value"?: string;
          "p_team_id": string;
        };
        Returns: string;
      };
      "track_message": { Args: { "p_message_id": string; "p_now"?: string }; Returns: string };
      "untrack_email": { Args: { "p_now"?: string; "p_tracked_email_id": string }; Returns: boolean };
      "update_followup_template": {
        Args: {
          "p_body_html"?: string;
          "p_body_text"?: string;
          "p_clear_html"?: boolean;
          "p_now"?: string;
          "p_template_id": string;
          "p_weight"?: number;
        };
        Returns: {
          "archived_at": string | null;
          "body_html": string | null;
          "body_text": string;
          "created_at": string;
          "created_by": string | null;
          "id": string;
          "language": string;
          "mailbox_id": string | null;
          "step": number;
          "stopped_at": string | null;
          "team_id": string;
          "updated_at": string;
          "variant": string;
          "weight": number;
        };
        SetofOptions: {
          from: "*";
          to: "followup_templates";
          isOneToOne: true;
          isSetofReturn: false;
        };
      };
      "update_routing_rule": {
        Args: {
          "p_assign_to"?: string;
          "p_intents"?: (string)[];
          "p_keywords"?: (string)[];
          "p_labels"?: (string)[];
          "p_mailbox_ids"?: (string)[];
          "p_name": string;
          "p_notify_user_id"?: string;
          "p_now"?: string;
          "p_rule_id": string;
          "p_sender_domains"?: (string)[];
        };
        Returns: string;
      };
      "update_webhook_endpoint": {
        Args: { "p_description"?: string; "p_endpoint_id": string; "p_events"?: (string)[] };
        Returns: Json;
      };
    };
    Enums: {
      "fact_source": "header" | "signature" | "llm" | "enrichment" | "user";
      "fact_status": "applied" | "suggested" | "rejected";
      "followup_status": "scheduled" | "queued" | "claimed" | "sending" | "sent" | "cancelled" | "failed";
      "insight_state": "pending" | "queued" | "done" | "no_signature" | "failed";
      "intent_label":
        | "interested"
        | "meeting_request"
        | "information_request"
        | "quote_request"
        | "not_interested"
        | "not_now"
        | "referral"
        | "unsubscribe"
        | "out_of_office"
        | "other";
      "intent_source": "rules" | "llm" | "user" | "model";
      "lawful_basis": "legitimate_interest" | "consent" | "contract";
      "mail_provider": "graph" | "gmail";
      "mailbox_status": "active" | "paused" | "needs_reauth" | "disconnected";
      "message_kind": "human" | "auto_reply" | "bounce" | "list" | "engine" | "complaint";
      "notification_kind": "meeting_request" | "quote_request" | "routed";
      "team_role": "owner" | "admin" | "member";
      "tracked_status": "active" | "paused" | "replied" | "bounced" | "opted_out" | "completed" | "untracked";
      "tracking_policy": "auto" | "manual";
    };
    CompositeTypes: {
      [_ in never]: never;
    };
  };
};

type DatabaseWithoutInternals = Omit<Database, "__InternalSupabase">;

type DefaultSchema = DatabaseWithoutInternals[Extract<keyof Database, "public">];

export type Tables<
  DefaultSchemaTableNameOrOptions extends
    | keyof (DefaultSchema["Tables"] & DefaultSchema["Views"])
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals;
  } ? keyof (
      & DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"]
      & DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Views"]
    )
    : never = never,
> = DefaultSchemaTableNameOrOptions extends { schema: keyof DatabaseWithoutInternals } ? (
    & DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"]
    & DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Views"]
  )[TableName] extends {
    Row: infer R;
  } ? R
  : never
  : DefaultSchemaTableNameOrOptions extends keyof (DefaultSchema["Tables"] & DefaultSchema["Views"])
    ? (DefaultSchema["Tables"] & DefaultSchema["Views"])[DefaultSchemaTableNameOrOptions] extends {
      Row: infer R;
    } ? R
    : never
  : never;

export type TablesInsert<
  DefaultSchemaTableNameOrOptions extends
    | keyof DefaultSchema["Tables"]
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals;
  } ? keyof DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"]
    : never = never,
> = DefaultSchemaTableNameOrOptions extends { schema: keyof DatabaseWithoutInternals }
  ? DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"][TableName] extends {
    Insert: infer I;
  } ? I
  : never
  : DefaultSchemaTableNameOrOptions extends keyof DefaultSchema["Tables"]
    ? DefaultSchema["Tables"][DefaultSchemaTableNameOrOptions] extends {
      Insert: infer I;
    } ? I
    : never
  : never;

export type TablesUpdate<
  DefaultSchemaTableNameOrOptions extends
    | keyof DefaultSchema["Tables"]
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals;
  } ? keyof DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"]
    : never = never,
> = DefaultSchemaTableNameOrOptions extends { schema: keyof DatabaseWithoutInternals }
  ? DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"][TableName] extends {
    Update: infer U;
  } ? U
  : never
  : DefaultSchemaTableNameOrOptions extends keyof DefaultSchema["Tables"]
    ? DefaultSchema["Tables"][DefaultSchemaTableNameOrOptions] extends {
      Update: infer U;
    } ? U
    : never
  : never;

export type Enums<
  DefaultSchemaEnumNameOrOptions extends
    | keyof DefaultSchema["Enums"]
    | { schema: keyof DatabaseWithoutInternals },
  EnumName extends DefaultSchemaEnumNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals;
  } ? keyof DatabaseWithoutInternals[DefaultSchemaEnumNameOrOptions["schema"]]["Enums"]
    : never = never,
> = DefaultSchemaEnumNameOrOptions extends { schema: keyof DatabaseWithoutInternals }
  ? DatabaseWithoutInternals[DefaultSchemaEnumNameOrOptions["schema"]]["Enums"][EnumName]
  : DefaultSchemaEnumNameOrOptions extends keyof DefaultSchema["Enums"]
    ? DefaultSchema["Enums"][DefaultSchemaEnumNameOrOptions]
  : never;

export type CompositeTypes<
  PublicCompositeTypeNameOrOptions extends
    | keyof DefaultSchema["CompositeTypes"]
    | { schema: keyof DatabaseWithoutInternals },
  CompositeTypeName extends PublicCompositeTypeNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals;
  } ? keyof DatabaseWithoutInternals[PublicCompositeTypeNameOrOptions["schema"]]["CompositeTypes"]
    : never = never,
> = PublicCompositeTypeNameOrOptions extends { schema: keyof DatabaseWithoutInternals }
  ? DatabaseWithoutInternals[PublicCompositeTypeNameOrOptions["schema"]]["CompositeTypes"][CompositeTypeName]
  : PublicCompositeTypeNameOrOptions extends keyof DefaultSchema["CompositeTypes"]
    ? DefaultSchema["CompositeTypes"][PublicCompositeTypeNameOrOptions]
  : never;

export const Constants = {
  "public": {
    Enums: {
      "fact_source": ["header", "signature", "llm", "enrichment", "user"],
      "fact_status": ["applied", "suggested", "rejected"],
      "followup_status": ["scheduled", "queued", "claimed", "sending", "sent", "cancelled", "failed"],
      "insight_state": ["pending", "queued", "done", "no_signature", "failed"],
      "intent_label": [
        "interested",
        "meeting_request",
        "information_request",
        "quote_request",
        "not_interested",
        "not_now",
        "referral",
        "unsubscribe",
        "out_of_office",
        "other",
      ],
      "intent_source": ["rules", "llm", "user", "model"],
      "lawful_basis": ["legitimate_interest", "consent", "contract"],
      "mail_provider": ["graph", "gmail"],
      "mailbox_status": ["active", "paused", "needs_reauth", "disconnected"],
      "message_kind": ["human", "auto_reply", "bounce", "list", "engine", "complaint"],
      "notification_kind": ["meeting_request", "quote_request", "routed"],
      "team_role": ["owner", "admin", "member"],
      "tracked_status": ["active", "paused", "replied", "bounced", "opted_out", "completed", "untracked"],
      "tracking_policy": ["auto", "manual"],
    },
  },
} as const;
