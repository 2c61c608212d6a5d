<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Erp::Client::Admin::AdminPage</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit Trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Admin::AuditDetail</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry to see what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 called %3 on %4 #%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Admin::AuditPage</name>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry matches the filters. Widen the date range or clear the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. admin.user.update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Admin::BackupPage</name>
    <message>
        <source>Back &amp;Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server writes a backup while everyone keeps working. To restore one, an administrator runs erp-server --restore FILE --db NEW-DATABASE on the server (see the README).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>On the server in %1; the newest %n backup(s) are kept.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>On the server in %1; every backup is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet. Use Back Up Now, or wait for the server&apos;s schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up… the server is writing a consistent copy of the company&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup %1 written (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Admin::CompanyPage</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18-character unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China (CN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hong Kong (HK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Germany (DE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United States (US)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General taxpayer (一般纳税人)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small-scale taxpayer (小规模纳税人)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside China: 2–32 letters, digits, spaces, &apos;-&apos;, &apos;.&apos; or &apos;/&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiscal year starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed the company profile meanwhile. Reload it, then make your changes again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid unified social credit code: check the 18 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an ISO 4217 currency code such as CNY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo may be at most 512 KB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This day does not exist in that month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Admin::ModulesPage</name>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A module switched off disappears from every menu and tab; its data stays and is back when it is switched on again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers (CRM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchasing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection check, server information and the method catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users, roles, the audit trail, the company profile and modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products, warehouses, stock levels, moves and counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppliers, purchase orders, goods receipts and replenishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales orders from entry to delivery, returns and metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox: e-mail the other modules send, with retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the core: always on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be switched off: %2 needs it. Switch that off first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2: switch that on first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is part of the core and cannot be switched off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General ledger: chart of accounts, journal entries, periods and reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer master: customers, contacts, duplicates and merges; the sales pipeline and activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human resources: employees, departments, positions, org chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Admin::OutboxPage</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No e-mail has been queued yet. Customers are written to when their orders are approved, shipped and delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No e-mail matches the search or the state filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search recipient or subject (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected e-mail again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an e-mail to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: %1
Subject: %2

%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail to %1 is being sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Admin::PasswordDialog</name>
    <message>
        <source>Reset Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new password for %1. Tell it to the user in person; they can change it after logging in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Admin::PermissionTree</name>
    <message>
        <source>Permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration: users, roles, audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers (CRM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchasing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post to the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every permission, now and in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All permissions of this module, including ones added later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Admin::RoleDialog</name>
    <message>
        <source>New Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role cannot be renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a permission or wildcard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use 2–32 characters: a–z, 0–9 or underscore, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. *.read, *.approve, !admin.*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More grants, separated by commas: a verb wildcard such as *.read (view everything), a permission not listed above, or a denial such as !admin.* that wins over every grant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record rule limits which records users of this role see. It applies only when every role of a user that can see those records has it switched on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sees only customers they own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sees only leads they own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sees only opportunities they own</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Admin::RolesPage</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no roles yet. Click New Role to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No role matches the search. Clear the search box to see all roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in roles cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role is given to users; take it away from them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the role %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role %1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Admin::UserDialog</name>
    <message>
        <source>Active — the user can log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2–32 characters: a–z, 0–9, . _ -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A username cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use 2–32 characters: a–z, 0–9, dot, underscore or hyphen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example: name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Admin::UsersPage</name>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no users yet. Click New User to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user matches the search or filters. Clear the search box or choose “All” in the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New User…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 can log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user can no longer log in. The account and its history are kept; you can activate it again at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 was activated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 was deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::ApiClient</name>
    <message>
        <source>The connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server stopped answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server was lost; reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an unreadable reply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::AppController</name>
    <message>
        <source>Demo company: user admin, password %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::BusyIndicator</name>
    <message>
        <source>Waiting for the server…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::ChangePasswordDialog</name>
    <message>
        <source>Change My Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::ColumnChooser</name>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Default Columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::CommandLine</name>
    <message>
        <source>ERP desktop client: customers, orders and resources of a company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the company file FILE on this computer (it is created when it does not exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the erp-server at HOST:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an encrypted (TLS) connection to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefill the username NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--local and --server cannot be used together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the demo company into a new company file (user admin, password %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::ConnectionIndicator</name>
    <message>
        <source>Local file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working on a company file on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Customers::ConflictDialog</name>
    <message>
        <source>Shipping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their Version and Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this customer%1, but your form holds the same values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this customer%1. These fields differ between their version and your form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Their Version drops your edits. Save Mine replaces their version with your form as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Their Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Customers::CustomerDialog</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;&amp; New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to get the next free code (C000123).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 深圳华信科技有限公司</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 91440300MA5F000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. trade fair, website, referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated, e.g. VIP, 华南</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tax ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So&amp;urce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;redit limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Payment terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything colleagues should know about this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this customer and start the next one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer was merged into another one and can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer is archived. Restore it in the list to work with it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes can hold at most 4,000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 (%2) saved. Enter the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this customer while you were editing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Customers::CustomerFilters</name>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <extracomment>Status filter: active and archived customers (merged ones are left out)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Customers::CustomerList</name>
    <message>
        <source>No customers yet — press Ctrl+N to add one or import a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customers yet — press Ctrl+N to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer matches the search or filters. Clear the search box or click Clear Filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a customer (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected customer (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge two selected customers that are the same company or person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 (%2) saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive %1 customers?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived customers leave the Active list; their history is kept and you can restore them at any time (Status: Archived).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 customer archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 customer restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be changed; someone else may have changed them meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, code, phone, e-mail… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds any part of a name, code, tax ID, contact, phone number or e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import customers from a CSV or Excel file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Customers::CustomerText</name>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same tax ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a mobile number (13800138000), a landline with its area code (010-12345678) or an international number (+44 20 7946 0958).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example: name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use 5–30 letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use up to 20 letters, digits, “-” or “_”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a three-letter code such as CNY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an amount such as 50000.00; it cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a whole number of days from 0 to 365.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use “company” or “individual”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the username of an active user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a two-letter country code such as CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address needs at least a city or a street.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A field error followed by the rule the value must follow</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Customers::CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Activities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Customers::DuplicatesDialog</name>
    <message>
        <source>Open Existing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An existing customer looks like the one you entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 existing customers look like the one you entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer may already exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the existing one instead of creating a duplicate, or create the new customer anyway if it really is a different one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it looks the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the Form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Customers::MergeDialog</name>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer to keep. Both records are shown below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts and addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is kept. The contacts, addresses and tags of %3 (%4) move to it; %3 stays in the list as “Merged” and can no longer be changed. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts: %1 · Addresses: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Dashboard::DashboardPage</name>
    <message>
        <source>&amp;Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the figures again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders in period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low stock: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from submit to shipment, on average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipped by the requested date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipped without amendment or return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low stock: every product is above its reorder point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low stock (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Dashboard::GettingStarted</name>
    <message>
        <source>Getting started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create your first warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock is kept per warehouse: name it, give it bins if you use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU, name, unit, price and cost — or import a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put your opening stock in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter what is on the shelves today, per warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts and addresses are entered once and reused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take your first order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit it, allocate the stock and ship it from the Orders tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite your colleagues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each clerk a login and a role: sales, warehouse, purchasing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few steps to set up your company — %1 of %2 done. Each step opens the place where it is done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Dashboard::OrderCharts</name>
    <message>
        <source>Orders by state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing time (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected / cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::ErrorText</name>
    <message>
        <source>The connection to the server was lost. The client reconnects automatically; please try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the server. Please try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an unreadable reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Please log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have permission to do this. Ask an administrator for access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record no longer exists. Someone may have deleted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this record in the meantime. Reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some values are not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some values are not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An internal error occurred on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An internal error occurred on the server. Please tell your administrator the log id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is too short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is locked after too many failed attempts. Try again after %1, or ask an administrator to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid username or password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::ExportRunner</name>
    <message>
        <source>Exporting… %1 of %2 rows written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Finance::AccountChart</name>
    <message>
        <source>New Sub-account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account under the selected one (a first-level account when none is selected) — Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chart as shown to Excel (XLSX) or CSV (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code or name… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive: the account takes no new lines (it must have no balance and no posting role)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore: the account takes lines again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart of Accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Finance::AccountDialog</name>
    <message>
        <source>none — a first-level account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Balance side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Sub-account of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 工商银行 / ICBC current account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this account while you were editing it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Finance::BillsPage</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price differs from the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above the tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New From Order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bill of what a purchase order received and is not billed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the differences from the order; then the bill can be posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post the bill: it gets its number and books GRNI, the price difference, input VAT and the payable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier&apos;s No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · order %3 · supplier&apos;s No. %4 · total %5 · %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill %1 posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bill differs from its order: it needs approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase order number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purchase order %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Finance::EntryList</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · reversal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All journals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No journal entries yet — press Ctrl+N to write a voucher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No journal entries yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry matches the search or filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number, description or source… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Voucher…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 posted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Finance::FinancePage</name>
    <message>
        <source>Journal Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bills</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Finance::FinanceText</name>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods received not invoiced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of goods sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory gains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory losses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT transferred out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaid VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payroll payable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income tax withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profit of the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounting Standards for Small Enterprises (小企业会计准则)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic small-business chart (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red storno: the same sides with negative amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opposite sides: debits and credits swapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 does not balance: debits %2, credits %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recorded balance of account %1 in %2 (debits %3, credits %4) differs from its lines (debits %5, credits %6): a row was changed outside the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger as a whole does not balance: debits %1, credits %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers of the %1 journal in %2 have a gap or a duplicate: %3 entries numbered %4 to %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts that carry a voucher number: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines booked on accounts that have sub-accounts: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 (%2 journal) does not follow the entry before it: an entry was removed or inserted outside the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 (%2 journal) was changed after it was posted: its content no longer matches its fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 journal does not end with the entry the books recorded last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected finding %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unapplied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A VAT rate, e.g. &quot;13 %&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stock value of product #%1 (%2, quantity %3) differs from its stock moves (%4, quantity %5): a row was changed outside the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory account %1 has a balance of %2, but the stock booked on it is worth %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase price differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases without an order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Finance::InvoiceDialog</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register Payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the invoice its number and book it (needs the permission to post invoices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel a posted invoice by a credit note for what is not credited yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel this draft (it never had a number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record money received for this invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the journal entry the invoice booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, code or phone number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to 20 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fapiao number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fapiao d&amp;ate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on the invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit note for everything not credited yet of %1 (%2) is posted today.
Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel this draft invoice? It cannot be used again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note (draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice (draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (free invoice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set at posting from the customer&apos;s payment terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (not posted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Fapiao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied to invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the customer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fapiao of %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post this invoice? It gets its number and is booked; afterwards it can only be corrected by a credit note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note %1 posted for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Finance::InvoiceLineEditor</name>
    <message>
        <source>%1 — %2</source>
        <extracomment>A product offered in the invoice lines: SKU — name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a line (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the current line (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Finance::InvoiceLinesModel</name>
    <message>
        <source>From the sales order: only the quantity can change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product or description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disc. %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <extracomment>金额: the line amount without VAT</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <extracomment>税额: the VAT of the line</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <extracomment>价税合计: amount plus VAT</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Finance::InvoiceList</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fapiao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices and credit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invoices yet — press Ctrl+N to write one, or invoice a shipped sales order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invoices yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invoice matches the search or filters. Clear the search box or click All.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number, customer, order or fapiao… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Invoice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a free invoice (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice from Order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft invoice of a sales order&apos;s shipped, not yet invoiced lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register Payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s statement of account for a period, to print or save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice saved (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 saved (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft invoice of order %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice from Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft takes every shipped quantity of the order that is not invoiced yet; you can lower the quantities before posting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number or customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Finance::InvoicePrint</name>
    <message>
        <source>Credit Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit note of invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unapplied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Finance::LedgerDialog</name>
    <message>
        <source>Ledger — %1 (%2 – %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export every line of the ledger to Excel (XLSX) or CSV (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click: open the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening balance %1 · Debits %2 · Credits %3 · Closing balance %4 · %5 lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Ledger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Finance::LedgerModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Finance::PaymentDialog</name>
    <message>
        <source>Applied to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unapply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply Oldest First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt from a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment to a supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name or code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the bank transfer&apos;s reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected allocation back: the invoice is open again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open invoices of the partner, oldest due first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the amount to the oldest due invoices first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unapply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take %1 back from invoice %2? The invoice is open again by that amount and the amount is unapplied credit of the payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more is applied than is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unapplied: %1 — stays a credit on the partner, to apply later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the partner first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the amounts to apply in the Apply column first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Finance::PaymentList</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unapplied credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts and payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With unapplied credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payments yet — press Ctrl+N to record money received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payments yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payment matches the search or filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number, reference or partner… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record money received or paid (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the payment: apply it to invoices or unapply it (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1 saved (%2 unapplied).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Finance::PeriodsPage</name>
    <message>
        <source>&amp;Close Period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open Period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck the Books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be posted into a closed month — also no stock moves dated in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopening needs its own permission and a reason; both go to the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute every balance from the lines and verify every entry, number sequence and the tamper-evident chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiscal year starting in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close %1? Nothing can be posted into it any more — neither vouchers nor the automatic postings of stock moves dated in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopening it later needs its own permission and a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does %1 have to be reopened? (kept in the audit trail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason is needed to reopen a period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The books are in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries and %2 lines checked; debits %3 = credits %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check found %1 problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Periods</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Finance::SettingsPage</name>
    <message>
        <source>&amp;Add Category Override…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting roles: the account each automatic posting uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts already have entries: the chart stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While no account has an entry, choosing another chart replaces every account with the template&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base currency %1 · the fiscal year starts in %2 (Admin ▸ Company)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category Override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 原料 (as on the products)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products of this category post the role to their own account; pick it in the table, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace every account with the chart “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Finance::StatementDialog</name>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, code or phone number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aging as of %1: not yet due %2 · 1–30 days %3 · 31–60 days %4 · 61–90 days %5 · over 90 days %6 · unapplied %7 · total %8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Finance::StatementsPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transfer VAT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month: the balance sheet at its end, the income statement of the month and the year so far, VAT for the twelve months up to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report as shown to Excel (XLSX) or CSV (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not balanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total assets equal liabilities plus equity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets differ from liabilities plus equity: run the books&apos; check under Periods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1; profit not yet closed into current-year profit is shown as retained earnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month %1 and the fiscal year from %2 to its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaid VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book the month-end VAT transfer of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month&apos;s payable VAT (output less input VAT and any credit carried forward) moves to unpaid VAT in an entry dated the month&apos;s last day. A month already transferred gets nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to transfer for %1; carried forward: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of VAT for %2 moved to unpaid VAT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance sheet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income statement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book the month-end entry that moves the month&apos;s payable VAT to unpaid VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the ledger&apos;s VAT accounts. Net = output less input VAT; what a month does not transfer because input VAT was larger is carried forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivables aging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payables aging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unapplied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open invoices by days past their due date as of %1; unapplied: payments not yet matched to an invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 of the month&apos;s %2 posted lines, in date order; the totals are the whole month&apos;s. Enter or a double-click opens a line&apos;s voucher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every posted line of the month in date order. Enter or a double-click opens a line&apos;s voucher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal listing %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Finance::TrialBalance</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the trial balance as shown to Excel (XLSX) or CSV (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening debit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period debit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing debit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click an account: its ledger for these months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not balanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening, period and closing debits equal the credits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debits and credits differ: run the check under Periods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was booked in these months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial balance %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Trial Balance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Finance::VoucherDialog</name>
    <message>
        <source>&amp;Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reverse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 支付办公室租金 / Office rent for March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Da&amp;te</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep as a draft without a number (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book the entry: it gets its number and counts in every report (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A posted entry never changes: book its reversal instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Preview… (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft Voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned when posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reverses an earlier entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The debits exceed the credits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credits exceed the debits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No amounts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balanced ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In words: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as a draft: post it when it is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry was not saved: see the lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this draft while you were editing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A posted entry never changes. Reversing books a new entry that cancels this one (as the books are set: red storno or opposite sides), linked to it both ways.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversal of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was reversed by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this draft voucher? It never had a number, so no gap is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Finance::VoucherGrid</name>
    <message>
        <source>No active account matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a line (Insert or Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected line (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary → account (code or name) → debit or credit · Enter or Tab: next cell · =: the balancing amount · Insert: new line · Delete: remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several accounts match “%1”: type more, or press Enter in the cell and choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <extracomment>An error of the voucher lines: &quot;Line 2, Debit: is not an amount.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Finance::VoucherLinesModel</name>
    <message>
        <source>Press = to fill in the amount that balances the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an amount with at most 2 decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account (code or name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Finance::VoucherPrint</name>
    <message>
        <source>Journal Voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Voucher %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Voucher as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voucher was saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open It</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::FormDialog</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes you made in this form have not been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this record while you were editing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload to see their changes (your edits in this form will be lost), or keep editing and copy your changes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload to see their version (your edits in this form will be lost), compare their version with yours first, or keep editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Changes…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::FormErrors</name>
    <message>
        <source>%1 %2</source>
        <extracomment>A field error followed by the rule the value must follow</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Format</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Hr::DepartmentsPage</name>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacancies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Department…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Department…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Position…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Position…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Hr::EmployeeDialog</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 王小明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;umber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency &amp;contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency p&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name or number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hire date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;osition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment &amp;type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave &amp;reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End (empty: open-ended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probation ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;tracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 characters, e.g. 11010519491231002X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 上海</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 or 5.00–12.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only child (the whole elderly support deduction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank &amp;account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social insurance &amp;city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution &amp;base (month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing &amp;fund rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children in &amp;education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children &amp;under three</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuing e&amp;ducation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elderly support &amp;share (month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay &amp;&amp; Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the employee&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a date such as 1990-03-07.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the hire date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a date such as 2024-03-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a date such as 2026-03-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the employee left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter why the employee left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date does not match the ID number (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gender does not match the ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this employee while you were editing it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Hr::EmployeeList</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No employees yet — press Ctrl+N to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No employees to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No employee matches the search or the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, number, phone, e-mail… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Employee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import employees from a CSV or Excel file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee %1 (%2) saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Hr::HrPage</name>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Org Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HR</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Hr::HrText</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degree education (monthly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional certificate (this year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing loan interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rent — provincial capital or larger (1,500)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rent — city over 1 million (1,100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rent — other city (800)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number must be 18 characters long (it has %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number must be 17 digits followed by a digit or X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number does not hold a valid birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number&apos;s check character is wrong: please check the number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Hr::OrgChartPage</name>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+wheel or +/- zoom, 0 fits; click a circle to fold a branch; double-click a box to open the employee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export Org Chart as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Org Chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Org chart, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Hr::OrgRecordDialog</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned &amp;headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::ImportCheckPage</name>
    <message>
        <source>&amp;Stop Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Problems…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row is checked as it would be imported. Nothing is saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking was stopped. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows checked…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows checked: no problems. Click Import to save them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows checked: %2 problems. Correct the file and check it again; nothing is imported while a row has a problem.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::ImportFilePage</name>
    <message>
        <source>Choose a File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file (UTF-8 or GBK, as Excel saves it) or an Excel workbook (.xlsx, the first sheet). The first row names the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook, sheet &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file, %1, separated by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 columns: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::ImportMappingPage</name>
    <message>
        <source>Match the Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the field each column of the file fills. Columns set to &quot;(skip)&quot; are not imported. Your choice is remembered for the next file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(skip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required fields without a column: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields chosen for two columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every required field has a column.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::ImportRunPage</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows are saved together: either every row or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished: %1 created, %2 updated, %3 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Warehouses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Opening Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Open Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears already in row %2 of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write it as 2026-11-27).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither yes nor no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no product with the SKU &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no warehouse with the code &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An opening balance of %1 was already posted for this product in this warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header row but no data rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the file holds characters that are neither UTF-8 nor GBK. Save the file as &quot;CSV UTF-8&quot; in Excel and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quoted cell that starts on line %1 never ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1 MB; at most %2 MB can be imported at once. Split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old Excel files (.xls) cannot be read. Save the file as .xlsx or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a readable Excel workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished: %1 created, %2 updated, %3 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Inventory::CountDialog</name>
    <message>
        <source>Show differences only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post Count…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Count…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock Count %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warehouse #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · category %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the counted quantity of each line and press Enter for the next. Leave a line empty when it was not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 lines counted · %3 with a difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post Stock Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post the count? No quantity differs from the expected one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post the count? 1 line differs: the difference becomes a stock adjustment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post the count? %1 lines differ: each difference becomes a stock adjustment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines left empty are not changed. A posted count cannot be changed any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Stock Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel this count? Nothing is adjusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this count while you were entering quantities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock Count Sheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Inventory::CountList</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stock counts yet — click New Count… to count a warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stock counts yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No count in this state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Count…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count %1 posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count %1 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the selected count&apos;s sheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Inventory::InventoryDocuments</name>
    <message>
        <source>Purchase Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please confirm this order with its delivery date and quote our order number on the delivery note and the invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by the supplier (stamp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock Count Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Inventory::InventoryPage</name>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock by Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock Moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replenishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Inventory::InventoryText</name>
    <message>
        <source>%1%</source>
        <extracomment>A percentage, e.g. &quot;13%&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Inventory::LowStockList</name>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product is below its reorder point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replenish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose purchase orders for what runs low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Inventory::MovesList</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All warehouses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stock moves yet. Receipts, shipments, adjustments and transfers appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No move matches the search or filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU, product, document, reason… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock moves</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Inventory::NewCountDialog</name>
    <message>
        <source>New Stock Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The count lists every product of the warehouse (or category) with the quantity the system expects now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Count</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Inventory::ProductDialog</name>
    <message>
        <source>e.g. CUP-500-BL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 不锈钢保温杯 500ml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Kitchenware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EAN-13, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent, e.g. 13.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the available quantity falls below this, the product shows as low stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity replenishment proposes to order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tax rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reorder point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder &amp;quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default su&amp;pplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown on purchase orders and to colleagues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This product is archived: it can no longer be ordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Stock of a product: &quot;SH 14 · SZ 7 — available 21&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — available %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this product while you were editing it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Inventory::ProductList</name>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No products yet — press Ctrl+N to add the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No products yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product matches the search or filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU, name, barcode… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Product…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive %1 — %2? It stays in the history and can no longer be ordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product %1 archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product %1 is active again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import products from a CSV or Excel file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Inventory::ProductPicker</name>
    <message>
        <source>Type a SKU, name or barcode…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Inventory::PurchaseOrderDialog</name>
    <message>
        <source>Add Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find a supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave it not set: the order date plus the supplier&apos;s lead time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Purchase Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase Order %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the supplier, then add products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Net %2 · Tax %3 · &lt;b&gt;Gross %4&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line has an invalid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a supplier from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 · %2: %3</source>
        <extracomment>A problem in a purchase order line: &quot;Line 2 · Quantity: must be positive&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Purchase Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel %1? The supplier should be told too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this purchase order meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Inventory::PurchaseOrderList</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purchase orders yet — press Ctrl+N to order from a supplier, or use Replenishment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purchase orders yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purchase order matches the search or filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number or supplier… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Purchase Order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase order %1 saved (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase order %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the selected purchase order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Inventory::ReceiveDialog</name>
    <message>
        <source>Receive %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods from &lt;b&gt;%1&lt;/b&gt; into warehouse &lt;b&gt;%2&lt;/b&gt;. Enter what arrived; lines left at 0 stay open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the quantity that arrived on at least one line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Inventory::Replenishment</name>
    <message>
        <source>All warehouses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Purchase Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products whose available and ordered stock fell below the reorder point, and backorders, grouped by default supplier. Tick what to order and adjust the quantities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier / product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock or orders changed since this proposal. Click Propose Again to see the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No default supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the product a default supplier to order it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to order: every product is above its reorder point and no order waits for stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen: %1 lines from %2 suppliers · net %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase orders created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft purchase orders created: %1. Review and send them under Purchase Orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the proposal as shown to Excel (XLSX) or CSV (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen: %1 lines from %2 suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replenishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Replenishment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Inventory::StockLevels</name>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All warehouses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low stock only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stock recorded yet. Stock arrives with purchase receipts, adjustments and stock counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stock matches the search or filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU or product name… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the quantity of the selected product in a warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move stock of the selected product to another warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Warehouses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import warehouses from a CSV or Excel file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Opening Stock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the opening balance of each product per warehouse (once per product and warehouse)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Inventory::StockMoveDialog</name>
    <message>
        <source>Adjust Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive adds stock, negative takes it out (e.g. -2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quantity (±)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. damaged in storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. stock for the Shanghai shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post Adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a product from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a quantity other than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why, for the stock ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a warehouse other than the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 adjusted by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 moved from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Inventory::SupplierDialog</name>
    <message>
        <source>Active: can be chosen on new purchase orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 宁波华美塑料制品有限公司</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tax ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment &amp;terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything buyers should know about this supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this supplier while you were editing it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Inventory::SupplierList</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suppliers yet — press Ctrl+N to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suppliers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No supplier matches the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, code, contact… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Supplier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier %1 (%2) saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import suppliers from a CSV or Excel file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Inventory::WarehouseDialog</name>
    <message>
        <source>Bin code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active: stock can be received, allocated and moved here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bin %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. SH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 上海仓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders take stock from the warehouse with the lowest number first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bins (storage locations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this warehouse while you were editing it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Inventory::WarehouseList</name>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No warehouses yet — press Ctrl+N to add the first one. Stock is kept per warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No warehouses yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No warehouse matches the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code, name, address… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Warehouse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse %1 restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse %1 archived: new stock cannot be put there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse %1 (%2) saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::ListPage</name>
    <message>
        <source>Nothing here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches your search or filters. Clear the search box or change the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <extracomment>The rows shown of all rows, e.g. &quot;1–100 of 1,234&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be loaded. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 of %3+</source>
        <extracomment>The rows shown of at least that many rows, e.g. &quot;1–100 of 10,000+&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the rows of this list as shown — search, filters, sort and visible columns — to Excel (XLSX) or CSV (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Selected Rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Export %n Selected Row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::LocalBackup</name>
    <message>
        <source>Back Up Company File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company files (*.erp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a company file opened on this computer can be backed up here; a server&apos;s backups are under Admin ▸ Backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is being written already. Wait until it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another file: a backup cannot replace the open company file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company file was backed up to %1 (%2). To use the backup, open it with File ▸ Open Company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::LoginDialog</name>
    <message>
        <source>Log In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERP — Log In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Log in&lt;/b&gt;&lt;br&gt;Company file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Log in&lt;/b&gt;&lt;br&gt;Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::MainWindow</name>
    <message>
        <source>No module is available to your account yet.
Ask an administrator to give you a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change My &amp;Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ERP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ERP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;ERP %1&lt;/h3&gt;&lt;p&gt;Customers, orders and resources of a company in one system.&lt;/p&gt;&lt;p&gt;Connected to: %2&lt;/p&gt;&lt;p&gt;Built with Qt %3.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server ended your session. Please log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost: %1 Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Orders::LineEditor</name>
    <message>
        <source>%1 — %2 · %3 · %4</source>
        <extracomment>A product offered in the line editor: SKU — name · unit · list price</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a line (Insert or Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected line (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU, barcode or name + Enter · Tab: every cell · Insert: new line · Delete: remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several products match “%1”: type more, or press Enter in the cell and choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines without a product or with a value that is not a number are not counted (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <extracomment>An error of the line editor: &quot;Line 2, Qty: This field is required.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Orders::OrderActions</name>
    <message>
        <source>Send the order for review: a clean order is approved at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the order despite the review reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the order back with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve stock for every line; what is missing becomes a backorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the order to the warehouse for picking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a shipment: carrier, tracking number, quantities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has received the goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the order and release its stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take goods back: back to stock or scrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your changes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the order rejected? The sales clerk sees this reason and can change the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the order cancelled? Its reserved stock is released; this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 submitted: it waits for a manager&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 submitted and approved automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 allocated; some quantities wait for stock (backorder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1: %2.</source>
        <extracomment>After an action: &quot;Order SO2026-000012: Shipped.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this order meanwhile. It has been read again: check it and try once more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Orders::OrderDialog</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many decimal places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, code or phone number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken from the customer; change it for this order only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the customer&apos;s PO or web order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;ntact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requested date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xternal ref.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship &amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything the warehouse or colleagues should know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the order and submit it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some quantities wait for stock (backorder); they are allocated automatically when goods arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes after submitting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving returns the order to Draft: it must be submitted again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the customer from the list (Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 created as a draft: submit it when it is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some lines have problems: see the red cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed order %1 while you were editing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoices of this order in the Finance tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotation / Order Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Orders::OrderDocuments</name>
    <message>
        <source>Quotation</source>
        <extracomment>报价单</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales Order Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quotation is valid for 30 days. Prices include the VAT shown; delivery as agreed on order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for your order. Please check the quantities and prices and tell us at once if anything differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the seller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the buyer (stamp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick List %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Orders::OrderHistory</name>
    <message>
        <source>Shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 (%3)</source>
        <extracomment>A returned item: &quot;SD-100 × 1 (Scrap)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Orders::OrderLinesModel</name>
    <message>
        <source>Only %1 %2 available: the order will wait for stock (backorder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a number with at most %1 decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product (SKU, barcode or name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disc. %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backorder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Orders::OrderList</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External ref.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · backorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backorders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders yet — press Ctrl+N to enter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order matches the search or the chosen state. Clear the search box or click All.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number, customer, external ref… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds any part of an order number, a customer&apos;s name or an external reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a new order (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected order (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 saved (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Open Orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import open sales orders (one row per line, grouped by external reference) from a CSV or Excel file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the selected order&apos;s quotation or confirmation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Orders::OrderPrint</name>
    <message>
        <source>Delivery Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which shipment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery note %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Delivery Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delivery note was saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open It</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Orders::OrderText</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backorder allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picking started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit limit exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price below cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount above the allowed maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A review reason: the reason and the server&apos;s details</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrap</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Orders::OrdersPage</name>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Orders::ReturnDialog</name>
    <message>
        <source>Return from Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. damaged in transport, wrong size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantities coming back, per line. Back to stock makes them available again; scrapped goods are written off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: not a quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: more than was shipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the quantity that comes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason of the return.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Orders::ShipDialog</name>
    <message>
        <source>Ship Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. SF1234567890123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship less than allocated for a partial shipment; the rest stays on the order for a later shipment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: not a quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: more than is allocated and not yet shipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to ship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or type the carrier.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Pipeline::ActivityDialog</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Pipeline::ActivityList</name>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Pipeline::LeadDialog</name>
    <message>
        <source>New Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Pipeline::LeadList</name>
    <message>
        <source>New Lead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert to Customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new customer was created from the lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead was linked to the existing customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to This Customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Pipeline::OpportunityDialog</name>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected revenue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected close:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products of interest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lose Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Pipeline::PipelineBoard</name>
    <message>
        <source>New Opportunity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected close:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 · %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Print::CustomerInvoiceRenderer</name>
    <message>
        <source>Tax id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT — not posted, no number yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales order: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fapiao no.: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fapiao no.: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <extracomment>金额: the line amount without VAT</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <extracomment>税额: the VAT of the line</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <extracomment>价税合计: amount plus VAT</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total in words: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid or credited: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Print::CustomerStatementRenderer</name>
    <message>
        <source>Tax id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing balance in words: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aging as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please tell us within 15 days if this statement differs from your records.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Print::DeliveryNoteRenderer</name>
    <message>
        <source>Delivery Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by (warehouse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier / driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by (customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check the goods on receipt and note any damage or shortage before signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery Note %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax id: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Print::Document</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Print::DocumentOutput</name>
    <message>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1 as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open It</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Print::Parts</name>
    <message>
        <source>Tax id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Print::PrintMenu</name>
    <message>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview, print or save as PDF (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print %1: preview, then print (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1 as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Print::StockSheetRenderer</name>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines: %1. Tick each line as it is picked; write what was short in Picked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines: %1. Write what is on the shelf, also 0; note damaged or unknown goods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Print::TradeDocumentRenderer</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disc.</source>
        <extracomment>Column title: the line&apos;s discount in percent</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <extracomment>金额: the line amount without VAT</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <extracomment>税额: the VAT of the line</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <extracomment>价税合计: amount plus VAT</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total in words: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Print::VoucherRenderer</name>
    <message>
        <source>Tax id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT — not posted, no number yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.: —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::RecordTable</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <extracomment>&quot;Contact 2 · Phone: This value is not valid.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::ServerMessages</name>
    <message>
        <source>The bank account may hold letters, digits, spaces and &apos;-&apos; only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed the company profile in the meantime. Reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country must be a two-letter code such as CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{code}&quot; is not a currency code such as CNY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This day does not exist in the chosen month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month must be from 1 to 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo cannot be read. Choose the image again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo must be at most {max_kb} KB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number may hold digits, spaces and + ( ) - # only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tax ID may hold 2 to 32 letters, digits, spaces, &apos;-&apos;, &apos;.&apos; and &apos;/&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value must be at most {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid unified social credit code (18 characters, the last one a check character).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose general taxpayer or small-scale taxpayer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This module is part of the core and cannot be switched off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This module needs another module that is switched off. Switch that one on first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other modules need this module. Switch them off first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admin role always has every permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in role &quot;{role}&quot; cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role &quot;{role}&quot; is assigned to {users} user(s); remove it from them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value must be 2-32 characters of a-z, 0-9 or &apos;_&apos;, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{rule}&quot; is not a record rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{permission}&quot; is not a permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the last active administrator: it must stay active and keep the admin role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no role &quot;{role}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value must be 2-32 characters of a-z, 0-9, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account was changed in the meantime. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is no longer active. Please ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid username or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is locked after too many failed attempts. Try again after {until}, or ask an administrator to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Please log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not your current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record with this value already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {entity} no longer exists. Someone may have deleted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this {entity} in the meantime. Reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value must be billing or shipping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address needs at least a city or a street.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one contact can be the primary one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer that was already merged cannot be merged again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an active customer can be archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is already used by another customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status filter is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value must be company or individual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer was merged into another one and can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer may already exist: {name} ({code}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an archived customer can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{tag}&quot; is longer than 32 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than {max} customers match; narrow the filter or export in parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{failed} of {total} rows have errors; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code belongs to a customer that was merged into another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{owner}&quot; is not a user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a customer other than the one that stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format must be CSV or Excel (XLSX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Excel file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file cannot be read: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV data must be UTF-8 text with a header line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format must be CSV or JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data must be a list of rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains rows that cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {max} rows can be imported at a time. Split the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This warehouse already has an open stock count; post or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stock count is {state}; only an open count can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such line in this stock count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no product with the SKU &quot;{sku}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no warehouse with the code &quot;{warehouse}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is used twice in this warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is not a location of this warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods receipt {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value must be adjustment, scrap or receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock count {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of stock move: {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product is already archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value may hold letters, digits and - only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is already used by another product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value may hold letters, digits and . _ / - only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value must be a unit such as pcs, kg, m, box, l or set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A receipt brings stock in: the quantity must be positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reservation needs the document it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrap takes stock out: the quantity must be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stock figures of a product need repair. Ask an administrator to run the stock check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insufficient stock: {requested} requested, {on_hand} on hand, {reserved} reserved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insufficient stock: {qty} to ship but only {reserved} reserved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An opening balance must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An opening balance of {qty} was already posted for this product in this warehouse. Correct it with a stock count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product list is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have permission to repair stock levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for at most {max} products at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a warehouse other than the source warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value may hold letters, digits, _ and - only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is already used by another warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warehouse still holds stock; move it elsewhere before deactivating the warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warehouse is not active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be paged. Please reload it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date filter is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter names a record that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state filter is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list cannot be sorted this way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list can be sorted by at most 3 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column {column} is sorted twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list cannot be sorted by {column}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a queued or failed message can be sent again (this one is {state}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have permission to change this field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import can stay open for at most {max} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows of the file arrived out of order. Please start the import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {max} rows can be sent at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; appears already in an earlier row of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} problems in the file; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have permission to import these records. Ask an administrator for access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows} rows of the file have problems; nothing was imported. Correct them and check the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This import was cancelled. Please start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This import is already finished. Start a new one to import more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This import was left open too long and has expired. Please start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This import no longer exists. Please start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is neither yes nor no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date (write it as 2026-11-27).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not save this row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These records cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This part of the program is switched off for your company. Ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date must not be before the order date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase order {number} is {state}: &quot;{action}&quot; is not possible in that state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order line cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase order {number} has no lines to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is not a location of the order&apos;s warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to receive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{qty} {unit} would be received on line {line} ({sku}), but only {open} of {ordered} ordered are still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose either single products or all of them, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product has no default supplier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the products to order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supplier is already archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is already used by another supplier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have permission to do this. Ask an administrator for access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An internal error occurred on the server. Please tell your administrator the log id {log_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not understand the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer this function. Is the server older than this program?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please fill in the {param}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose the {param}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {param} is too long: at most {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {param} is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not accept the value {param}. Is the server older than this program?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not read the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} errors in the file; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date is before the order date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer is {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another order of this channel already has this reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {number} is {state}: it cannot {action}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order needs at least one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sku} is archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the order is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report period must be given as dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value must be restock or scrap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line was never shipped; name the warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the lines and quantities coming back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {qty} was shipped and not returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sku}: net unit price below cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and unpaid orders {exposure} plus this order {gross} exceed the credit limit {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sku}: discount {pct}% above {max}%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sku}: {ordered} ordered, {available} available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {number} has nothing allocated to ship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {qty} is allocated and not shipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sku}: less is reserved than allocated. Ask an administrator to run the stock check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sku} {qty} allocated from arrived stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new company file needs the password of its first user, admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo company can only be loaded into a new company file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value must be an amount such as 50000.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity times price is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This product is archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This supplier is archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value cannot be emptied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value must be letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value must be a two-letter country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value must be a three-letter currency code such as CNY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value must be a date such as 2026-11-27.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value must be a whole number of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value must be between 0 and 365 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number such as {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This product is not active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This supplier is not active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user is not active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This warehouse is not active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value must be a list of names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value must be a list of words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value must be at most 100.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value must be one of {values}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is not a phone number (mobile 13800138000, landline 010-12345678 or +44 20 7946 0958).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value must be between {min} and {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value must be 5-30 letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value has more than {max} decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {max} entries are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {max} lines are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value must be at least {min} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such line in this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such supplier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value must not be zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purchase order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sales order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stock count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partially received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>picking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deliver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pcs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer pick-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China Post EMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JD Logistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SF Express</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YTO Express</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZTO Express</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sales channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counted quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer that stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tax ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accountant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchasing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance: ledger, invoices and payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything, including users, roles and the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human resources, salaries included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads and approves everything outside administration; keeps customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppliers, purchase orders and replenishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers (CRM) and sales orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory, shipping and receiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cell holds invisible control characters. Retype it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {param} holds invisible control characters. Retype it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value holds invisible control characters. Retype it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot filter by &quot;{key}&quot;. Is the server older than this program?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account code is 1 to 20 letters, digits, &apos;.&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sub-account&apos;s code must start with its parent&apos;s code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account {code} still has a balance: move it to another account before archiving it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account {code} is used for automatic postings ({role}) in Finance ▸ Settings: choose another account there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account {code} already has entries, so it cannot get sub-accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account {code} is archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account {code} has sub-accounts: choose one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry {number} has already been reversed, or is itself a reversal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line has either a debit or a credit amount, not both and not neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may write drafts, but posting needs the permission to post entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry {number} is posted and can no longer change: reverse it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft is not reversed: change or discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry needs at least two lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debits ({debit}) and credits ({credit}) differ: an entry must balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an account of the chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a known customer or supplier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry must move an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period {period} is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period {period} is closed: nothing can be posted into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period {period} still has {count} draft entries: post or discard them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a month such as 2026-03.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period {period} is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account is set for automatic postings ({role}) in Finance ▸ Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end must not be before the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart of accounts cannot be changed any more: accounts already have entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an active account without sub-accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter {filter} must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection after {seconds} seconds without a request. The program reconnects by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was too large for the server (at most {max} bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was too large for the server before logging in (at most {max} bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection because nobody logged in within {seconds} seconds. The program reconnects by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has too many connections (at most {max}). Try again later or ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many connections from this address ({address}, at most {max}). Close other ERP windows on it or ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not run this request: the answer would have been larger than {max} bytes. Ask for fewer records at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at most ten years at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT can be transferred for this month or earlier ones only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity is more than is left to credit on this line ({open}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a posted invoice can be credited; cancel a draft instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity is more than is shipped and not invoiced yet ({open}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fapiao number has up to 20 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invoice needs at least one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice {number} is already credited in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {order} has nothing shipped that is not invoiced yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {order} is in {currency}; invoices are written in the base currency {base}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting an invoice needs the permission finance.invoice.post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice {number} is posted: only its fapiao number and date can change. Credit it to cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tax rate must be one of {values} %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a line of the invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a sales order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invoice without an amount cannot be posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is more than the invoice&apos;s open amount {open}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amounts applied ({amount}) are more than the payment has left ({unapplied}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an open invoice of the payment&apos;s customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an allocation of this payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no backup directory. Ask the administrator to start erp-server with --backup DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cost is the moving average of the stock on hand; receipts change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill {number} is {state}: it cannot {action}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill {number} differs from its purchase order beyond the tolerance: it must be approved before it is posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bill needs at least one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is received and not billed yet on this line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {order} has nothing received that is not billed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {order} is in {currency}; bills are written in the base currency {base}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill {number} has payments applied: unapply them before cancelling it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill {number} is posted: only the supplier&apos;s bill number and date can change. Cancel it to reverse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a purchase order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bill without an amount cannot be posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is more than the bill&apos;s open amount {open}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an open bill of the payment&apos;s supplier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a date and time such as 2026-11-27 09:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead {name} is {state}: it cannot {action}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chose a competitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price too high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an active reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity {number} is {state} and can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Lose with a reason to close opportunity {number} as lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Win to close opportunity {number}: it creates the sales order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity {number} has no customer yet: convert its lead or choose a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the products of interest to opportunity {number} before winning it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sales order could not be created: the sales module did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new opportunity starts in an open stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than {max} rows match; narrow the filter or export in parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new lead is assigned; a stage change creates an activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage {name} is switched off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lost stage is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open stage is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No won stage is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stage cannot be both won and lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automation rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>convert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark as lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qualify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The probation must end between the start and the end of the contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department is already archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department {name} still has current employees or active sub-departments: move them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This department is archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code is already used by another department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A department cannot be placed under itself or one of its sub-departments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department {name} is in use (employees, positions or sub-departments): archive it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The employee is already archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an employee who has left can be archived: record the leave date and reason first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An archived employee must have left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date does not match the ID number ({date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date must not be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The elderly support share can be at most {max} a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gender does not match the ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The housing fund rate must be 0 or between 5.00 and 12.00 percent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number does not hold a valid birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number must be 17 digits followed by a digit or X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number&apos;s check character is wrong: please check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number must be 18 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ID number is already used by another employee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leave date cannot be before the hire date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A leave date and reason are only for an employee who has left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manager cannot be the employee himself or one of his reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number is already used by another employee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an employee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This login is already linked to another employee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than {max} employees match; narrow the filter or export in parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The position is already archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} employees still hold the position {title}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department cannot change while employees hold the position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This position belongs to another department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This department already has a position with this title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Setup::CompanySetupPage</name>
    <message>
        <source>Chart of accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name, address, tax id and logo head every printed document. The currency and the start of the fiscal year are those of your books.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese small business (小企业会计准则)</source>
        <extracomment>小企业会计准则: the chart of accounts of China&apos;s accounting standard for small businesses</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic (IFRS-like)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart of accounts was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Setup::DoneSetupPage</name>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Your company is set up.&lt;/p&gt;&lt;p&gt;The dashboard lists what to do next — add products, put your opening stock in, add customers and take the first order — each step a link to where it is done, ticked off as you go.&lt;/p&gt;&lt;p&gt;Everything entered here can be changed later: the profile in Admin ▸ Company, warehouses in Inventory ▸ Warehouses, users in Admin ▸ Users.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Setup::ImportSetupPage</name>
    <message>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: bring your customers, products and opening stock in from an Excel (.xlsx) or CSV file — or skip and enter them as you go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code, name, tax id, contacts, addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Products…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU, name, unit, price, cost, reorder point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Opening Stock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse code, SKU and the quantity on the shelves today (after the products).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Setup::SetupWizard</name>
    <message>
        <source>Set Up Your Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Setup::UsersSetupPage</name>
    <message>
        <source>&amp;Add User…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your colleagues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: give each clerk a login and a role. You can do it later in Admin ▸ Users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::Setup::WarehouseSetupPage</name>
    <message>
        <source>&amp;Add Another Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your first warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock is kept per warehouse, so receiving, counting and shipping need one. Add more now or later in Inventory ▸ Warehouses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. A-01, A-02, B-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters, digits, _ and -, e.g. SZ or WH1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouses of the company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create at least one warehouse: stock is kept per warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a short code for the warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the warehouse&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::StartDialog</name>
    <message>
        <source>Fill it with a demo company (sample customers, products and orders) to try things out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted connection (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERP — Open a Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome.&lt;/b&gt;&lt;br&gt;Work on a company file on this computer, or connect to your company&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent company files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Other File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Company File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;New company file&lt;/b&gt;&lt;br&gt;The file holds all data of the company. Its first user is &lt;i&gt;admin&lt;/i&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to Recent Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent servers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. erp.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the file is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Company File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company files (*.erp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Company File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company files (*.erp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the company file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file already exists. Choose another name, or open it from the list of recent files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::TableExporter</name>
    <message>
        <source>The export stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::TcpTransport</name>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the connection. Is erp-server running on %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erp::Client::TrustPrompt</name>
    <message>
        <source>Untrusted Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 presented a certificate that cannot be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only continue if your administrator confirms that the server&apos;s certificate has this SHA-256 fingerprint:

%1

Trust this certificate for this server from now on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust and Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
