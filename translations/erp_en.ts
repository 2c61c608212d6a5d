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
    <name>Erp::Client::EmbeddedTransport</name>
    <message>
        <source>No company file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 already exists. Open it instead, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company file cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local company file was closed.</source>
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
        <source>ERP — %1</source>
        <translation type="unfinished"></translation>
    </message>
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
