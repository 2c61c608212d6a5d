-- The sales pipeline (module crm, docs/ARCHITECTURE.md "CRM: the sales pipeline"): stages, lost
-- reasons, leads, opportunities with their products of interest and stage history, activities
-- and the automation rules. Money in minor units (BIGINT) with a currency, quantities in
-- thousandths, probabilities in whole percent, timestamps as ISO text (UTC). Orders and
-- products belong to other modules: their ids are kept without a foreign key (crm depends on
-- neither), the sales order is created through the sales module's service.

-- builtin_key names a seeded stage/reason (its name then travels with a message id) until the
-- name is edited; is_won/is_lost close an opportunity (at most one of them).
CREATE TABLE crm_stages (
    id ${ID},
    name TEXT NOT NULL,
    builtin_key TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    probability INTEGER NOT NULL DEFAULT 0 CHECK (probability BETWEEN 0 AND 100),
    is_won INTEGER NOT NULL DEFAULT 0,
    is_lost INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (NOT (is_won = 1 AND is_lost = 1))
)

CREATE TABLE crm_lost_reasons (
    id ${ID},
    name TEXT NOT NULL,
    builtin_key TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
)

CREATE TABLE crm_leads (
    id ${ID},
    name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'company' CHECK (kind IN ('company', 'individual')),
    contact_name TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    campaign TEXT NOT NULL DEFAULT '',
    owner_id BIGINT REFERENCES users (id),
    region TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'new' CHECK (state IN ('new', 'qualified', 'converted', 'lost')),
    lost_reason_id BIGINT REFERENCES crm_lost_reasons (id),
    lost_note TEXT NOT NULL DEFAULT '',
    customer_id BIGINT REFERENCES customers (id),
    opportunity_id BIGINT,
    search_text TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
)

CREATE INDEX crm_leads_owner ON crm_leads (owner_id, state)

CREATE INDEX crm_leads_created ON crm_leads (created_at, id)

-- number: OPP2026-000001, gapless per year. state follows the stage (open | won | lost);
-- closed_at is set when it is won or lost (cycle time = closed_at - created_at).
CREATE TABLE crm_opportunities (
    id ${ID},
    number TEXT NOT NULL UNIQUE,
    lead_id BIGINT REFERENCES crm_leads (id),
    customer_id BIGINT REFERENCES customers (id),
    contact_name TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL,
    amount BIGINT NOT NULL DEFAULT 0,
    currency TEXT NOT NULL DEFAULT 'CNY',
    probability INTEGER NOT NULL DEFAULT 0 CHECK (probability BETWEEN 0 AND 100),
    stage_id BIGINT NOT NULL REFERENCES crm_stages (id),
    state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'won', 'lost')),
    expected_close TEXT NOT NULL DEFAULT '',
    owner_id BIGINT REFERENCES users (id),
    lost_reason_id BIGINT REFERENCES crm_lost_reasons (id),
    lost_note TEXT NOT NULL DEFAULT '',
    order_id BIGINT,
    order_number TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    search_text TEXT NOT NULL DEFAULT '',
    stage_changed_at TEXT NOT NULL,
    closed_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
)

CREATE INDEX crm_opportunities_stage ON crm_opportunities (stage_id, expected_close)

CREATE INDEX crm_opportunities_owner ON crm_opportunities (owner_id, expected_close)

CREATE INDEX crm_opportunities_customer ON crm_opportunities (customer_id)

CREATE TABLE crm_opportunity_products (
    id ${ID},
    opportunity_id BIGINT NOT NULL REFERENCES crm_opportunities (id),
    position INTEGER NOT NULL,
    product_id BIGINT NOT NULL,
    qty BIGINT NOT NULL CHECK (qty > 0)
)

CREATE INDEX crm_opportunity_products_opp ON crm_opportunity_products (opportunity_id, position)

-- One row per stage an opportunity entered (the first with from_stage_id NULL), for cycle
-- times and the funnel.
CREATE TABLE crm_stage_history (
    id ${ID},
    opportunity_id BIGINT NOT NULL REFERENCES crm_opportunities (id),
    from_stage_id BIGINT REFERENCES crm_stages (id),
    to_stage_id BIGINT NOT NULL REFERENCES crm_stages (id),
    moved_at TEXT NOT NULL,
    moved_by TEXT NOT NULL DEFAULT ''
)

CREATE INDEX crm_stage_history_opp ON crm_stage_history (opportunity_id, id)

-- Exactly one link is usual; order_id points into sales (no foreign key).
CREATE TABLE crm_activities (
    id ${ID},
    kind TEXT NOT NULL CHECK (kind IN ('call', 'meeting', 'email', 'task')),
    subject TEXT NOT NULL,
    due_at TEXT NOT NULL,
    owner_id BIGINT REFERENCES users (id),
    result TEXT NOT NULL DEFAULT '',
    done INTEGER NOT NULL DEFAULT 0,
    done_at TEXT,
    customer_id BIGINT REFERENCES customers (id),
    lead_id BIGINT REFERENCES crm_leads (id),
    opportunity_id BIGINT REFERENCES crm_opportunities (id),
    order_id BIGINT,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
)

CREATE INDEX crm_activities_owner ON crm_activities (owner_id, done, due_at)

CREATE INDEX crm_activities_customer ON crm_activities (customer_id, due_at)

CREATE INDEX crm_activities_opportunity ON crm_activities (opportunity_id)

-- Automation: event lead_created -> action assign (round robin over user_ids, a JSON array;
-- last_user_id is the cursor); event stage_changed (to stage_id, or any stage when NULL) ->
-- action activity (kind, subject, due after activity_days, owned by the opportunity's owner).
CREATE TABLE crm_rules (
    id ${ID},
    name TEXT NOT NULL,
    event TEXT NOT NULL CHECK (event IN ('lead_created', 'stage_changed')),
    action TEXT NOT NULL CHECK (action IN ('assign', 'activity')),
    stage_id BIGINT REFERENCES crm_stages (id),
    user_ids TEXT NOT NULL DEFAULT '[]',
    last_user_id BIGINT,
    activity_kind TEXT NOT NULL DEFAULT 'task',
    activity_subject TEXT NOT NULL DEFAULT '',
    activity_days INTEGER NOT NULL DEFAULT 1,
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
)
