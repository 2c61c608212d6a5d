-- Human resources, people and organisation (module hr, docs/ARCHITECTURE.md "HR"): departments
-- as a tree, positions with a planned headcount, employees with their contracts. Money in minor
-- units, rates in hundredths of a percent, dates as ISO text ('' = none). The private fields (ID
-- number, bank account, contribution base, housing fund rate, declared deductions) are ordinary
-- columns: the server leaves them out of every answer for callers without hr.private.

CREATE TABLE hr_departments (
    id ${ID},
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    parent_id BIGINT REFERENCES hr_departments (id),
    manager_id BIGINT,
    active INTEGER NOT NULL DEFAULT 1,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
)

CREATE INDEX hr_departments_parent ON hr_departments (parent_id)

CREATE TABLE hr_positions (
    id ${ID},
    title TEXT NOT NULL,
    department_id BIGINT NOT NULL REFERENCES hr_departments (id),
    headcount INTEGER NOT NULL DEFAULT 1,
    active INTEGER NOT NULL DEFAULT 1,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (headcount >= 0)
)

CREATE UNIQUE INDEX hr_positions_title ON hr_positions (department_id, title)

CREATE TABLE hr_employees (
    id ${ID},
    number TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    gender TEXT NOT NULL DEFAULT '',
    birth_date TEXT NOT NULL DEFAULT '',
    id_number TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    emergency_contact TEXT NOT NULL DEFAULT '',
    emergency_phone TEXT NOT NULL DEFAULT '',
    hire_date TEXT NOT NULL,
    department_id BIGINT REFERENCES hr_departments (id),
    position_id BIGINT REFERENCES hr_positions (id),
    manager_id BIGINT REFERENCES hr_employees (id),
    user_id BIGINT REFERENCES users (id),
    employment_type TEXT NOT NULL DEFAULT 'full_time',
    status TEXT NOT NULL DEFAULT 'active',
    leave_date TEXT NOT NULL DEFAULT '',
    leave_reason TEXT NOT NULL DEFAULT '',
    archived INTEGER NOT NULL DEFAULT 0,
    bank_name TEXT NOT NULL DEFAULT '',
    bank_account TEXT NOT NULL DEFAULT '',
    social_insurance_city TEXT NOT NULL DEFAULT '',
    contribution_base BIGINT NOT NULL DEFAULT 0,
    housing_fund_rate INTEGER NOT NULL DEFAULT 0,
    ded_children INTEGER NOT NULL DEFAULT 0,
    ded_infants INTEGER NOT NULL DEFAULT 0,
    ded_continuing_education TEXT NOT NULL DEFAULT 'none',
    ded_housing TEXT NOT NULL DEFAULT 'none',
    ded_elderly_only_child INTEGER NOT NULL DEFAULT 0,
    ded_elderly_share BIGINT NOT NULL DEFAULT 0,
    search_text TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (employment_type IN ('full_time', 'part_time', 'intern', 'contractor')),
    CHECK (status IN ('active', 'on_leave', 'left')),
    CHECK (contribution_base >= 0 AND housing_fund_rate >= 0)
)

CREATE UNIQUE INDEX hr_employees_id_number ON hr_employees (id_number) WHERE id_number <> ''

CREATE UNIQUE INDEX hr_employees_user ON hr_employees (user_id) WHERE user_id IS NOT NULL

CREATE INDEX hr_employees_manager ON hr_employees (manager_id)

CREATE INDEX hr_employees_department ON hr_employees (department_id, number)

CREATE INDEX hr_employees_position ON hr_employees (position_id)

CREATE INDEX hr_employees_current ON hr_employees (archived, status, number)

CREATE INDEX hr_employees_name ON hr_employees (name, id)

CREATE TABLE hr_contracts (
    id ${ID},
    employee_id BIGINT NOT NULL REFERENCES hr_employees (id),
    position INTEGER NOT NULL DEFAULT 0,
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL DEFAULT '',
    probation_end TEXT NOT NULL DEFAULT '',
    renewal INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT ''
)

CREATE INDEX hr_contracts_employee ON hr_contracts (employee_id, position)

CREATE INDEX hr_contracts_end ON hr_contracts (end_date)
