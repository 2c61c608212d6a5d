<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Erp::Client::Admin::AdminPage</name>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Audit Trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>系统管理</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>发件箱</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Admin::AuditDetail</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>Select an entry to see what changed.</source>
        <translation>选择一条记录以查看改动内容。</translation>
    </message>
    <message>
        <source>%1 — %2 called %3 on %4 #%5</source>
        <translation>%1 — %2 对 %4 #%5 执行了 %3</translation>
    </message>
    <message>
        <source>system</source>
        <translation>系统</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Admin::AuditPage</name>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record Type</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>The audit trail is empty.</source>
        <translation>审计日志为空。</translation>
    </message>
    <message>
        <source>No entry matches the filters. Widen the date range or clear the filters.</source>
        <translation>没有符合筛选条件的记录。请扩大日期范围或清除筛选条件。</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Record type:</source>
        <translation>记录类型：</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>e.g. admin.user.update</source>
        <translation>例如 admin.user.update</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>操作：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>至：</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Admin::BackupPage</name>
    <message>
        <source>Back &amp;Up Now</source>
        <translation>立即备份(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>The server writes a backup while everyone keeps working. To restore one, an administrator runs erp-server --restore FILE --db NEW-DATABASE on the server (see the README).</source>
        <translation>服务器在写入备份时，大家可以照常工作。如需恢复备份，请管理员在服务器上运行 erp-server --restore FILE --db NEW-DATABASE（详见 README）。</translation>
    </message>
    <message numerus="yes">
        <source>On the server in %1; the newest %n backup(s) are kept.</source>
        <translation>
            <numerusform>备份保存在服务器的 %1 中，保留最近 %n 份。</numerusform>
        </translation>
    </message>
    <message>
        <source>On the server in %1; every backup is kept.</source>
        <translation>备份保存在服务器的 %1 中，全部保留。</translation>
    </message>
    <message>
        <source>No backups yet. Use Back Up Now, or wait for the server's schedule.</source>
        <translation>还没有备份。请点击“立即备份”，或等待服务器按计划自动备份。</translation>
    </message>
    <message>
        <source>Backing up… the server is writing a consistent copy of the company's data.</source>
        <translation>正在备份…服务器正在写入公司数据的一致性副本。</translation>
    </message>
    <message>
        <source>Backup %1 written (%2).</source>
        <translation>备份 %1 已写入（%2）。</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Admin::CompanyPage</name>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>18-character unified social credit code</source>
        <translation>18 位统一社会信用代码</translation>
    </message>
    <message>
        <source>China (CN)</source>
        <translation>中国（CN）</translation>
    </message>
    <message>
        <source>Hong Kong (HK)</source>
        <translation>中国香港（HK）</translation>
    </message>
    <message>
        <source>Germany (DE)</source>
        <translation>德国（DE）</translation>
    </message>
    <message>
        <source>United States (US)</source>
        <translation>美国（US）</translation>
    </message>
    <message>
        <source>General taxpayer (一般纳税人)</source>
        <translation>一般纳税人</translation>
    </message>
    <message>
        <source>Small-scale taxpayer (小规模纳税人)</source>
        <translation>小规模纳税人</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>法定名称</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>税号</translation>
    </message>
    <message>
        <source>Outside China: 2–32 letters, digits, spaces, '-', '.' or '/'.</source>
        <translation>中国境外：2–32 个字母、数字、空格、“-”、“.”或“/”。</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <source>Base currency</source>
        <translation>本位币</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Fiscal year starts</source>
        <translation>会计年度起始日</translation>
    </message>
    <message>
        <source>VAT status</source>
        <translation>增值税纳税人类型</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>公司标志</translation>
    </message>
    <message>
        <source>Someone else changed the company profile meanwhile. Reload it, then make your changes again.</source>
        <translation>公司信息在此期间已被他人修改。请重新加载，然后重新进行修改。</translation>
    </message>
    <message>
        <source>This is not a valid unified social credit code: check the 18 characters.</source>
        <translation>这不是有效的统一社会信用代码：请核对这 18 位字符。</translation>
    </message>
    <message>
        <source>Enter an ISO 4217 currency code such as CNY.</source>
        <translation>请输入 ISO 4217 币种代码，例如 CNY。</translation>
    </message>
    <message>
        <source>The logo may be at most 512 KB.</source>
        <translation>公司标志图片不能超过 512 KB。</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>公司标志必须是 PNG 或 JPEG 图片。</translation>
    </message>
    <message>
        <source>This day does not exist in that month.</source>
        <translation>该月份中没有这一天。</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <source>Choose Logo</source>
        <translation>选择公司标志</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>未设置公司标志</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Admin::ModulesPage</name>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>功能说明</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>依赖</translation>
    </message>
    <message>
        <source>A module switched off disappears from every menu and tab; its data stays and is back when it is switched on again.</source>
        <translation>模块停用后会从所有菜单和选项卡中隐藏；其数据会保留，重新启用后即可恢复。</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>系统管理</translation>
    </message>
    <message>
        <source>Customers (CRM)</source>
        <translation>客户（CRM）</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Purchasing</source>
        <translation>采购</translation>
    </message>
    <message>
        <source>Sales orders</source>
        <translation>销售订单</translation>
    </message>
    <message>
        <source>E-mail outbox</source>
        <translation>邮件发件箱</translation>
    </message>
    <message>
        <source>Connection check, server information and the method catalogue</source>
        <translation>连接检测、服务器信息和接口方法目录</translation>
    </message>
    <message>
        <source>Users, roles, the audit trail, the company profile and modules</source>
        <translation>用户、角色、审计日志、公司信息和模块</translation>
    </message>
    <message>
        <source>Products, warehouses, stock levels, moves and counts</source>
        <translation>产品、仓库、即时库存、库存流水和盘点</translation>
    </message>
    <message>
        <source>Suppliers, purchase orders, goods receipts and replenishment</source>
        <translation>供应商、采购订单、采购收货和补货</translation>
    </message>
    <message>
        <source>Sales orders from entry to delivery, returns and metrics</source>
        <translation>销售订单从录入到交货的全过程、退货及业务指标</translation>
    </message>
    <message>
        <source>The outbox: e-mail the other modules send, with retries</source>
        <translation>发件箱：其他模块发出的电子邮件，支持失败重发</translation>
    </message>
    <message>
        <source>Part of the core: always on.</source>
        <translation>核心模块：始终启用。</translation>
    </message>
    <message>
        <source>%1 cannot be switched off: %2 needs it. Switch that off first.</source>
        <translation>无法停用“%1”：“%2”依赖该模块。请先停用“%2”。</translation>
    </message>
    <message>
        <source>%1 needs %2: switch that on first.</source>
        <translation>“%1”依赖“%2”：请先启用“%2”。</translation>
    </message>
    <message>
        <source>%1 is part of the core and cannot be switched off.</source>
        <translation>“%1”是核心模块，不能停用。</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>General ledger: chart of accounts, journal entries, periods and reports</source>
        <translation>总账：会计科目、记账凭证、会计期间和报表</translation>
    </message>
    <message>
        <source>The customer master: customers, contacts, duplicates and merges; the sales pipeline and activities</source>
        <translation>客户主数据：客户、联系人、查重与合并；销售漏斗与活动</translation>
    </message>
    <message>
        <source>Human resources</source>
        <translation>人力资源</translation>
    </message>
    <message>
        <source>Human resources: employees, departments, positions, org chart</source>
        <translation>人力资源：员工、部门、岗位、组织架构图</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Admin::OutboxPage</name>
    <message>
        <source>Queued</source>
        <translation>待发送</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>发送失败</translation>
    </message>
    <message>
        <source>Queued At</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Last Error</source>
        <translation>最近错误</translation>
    </message>
    <message>
        <source>Sent At</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <source>No e-mail has been queued yet. Customers are written to when their orders are approved, shipped and delivered.</source>
        <translation>还没有待发送的邮件。客户的订单审批通过、发货和签收时，系统会给客户发送邮件。</translation>
    </message>
    <message>
        <source>No e-mail matches the search or the state filter.</source>
        <translation>没有符合搜索或状态筛选条件的邮件。</translation>
    </message>
    <message>
        <source>Search recipient or subject (Ctrl+F)</source>
        <translation>搜索收件人或主题（Ctrl+F）</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Send Again</source>
        <translation>重新发送</translation>
    </message>
    <message>
        <source>Send the selected e-mail again now</source>
        <translation>立即重新发送选中的邮件</translation>
    </message>
    <message>
        <source>Select an e-mail to read it.</source>
        <translation>选择一封邮件以查看内容。</translation>
    </message>
    <message>
        <source>To: %1
Subject: %2

%3</source>
        <translation>收件人：%1
主题：%2

%3</translation>
    </message>
    <message>
        <source>The e-mail to %1 is being sent again.</source>
        <translation>正在重新发送给 %1 的邮件。</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>发件箱</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Admin::PasswordDialog</name>
    <message>
        <source>Reset Password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Choose a new password for %1. Tell it to the user in person; they can change it after logging in.</source>
        <translation>为 %1 设置新密码。请当面告知该用户；用户登录后可以自行修改。</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>新密码(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>重复密码(&amp;R)</translation>
    </message>
    <message>
        <source>Set Password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Use at least 8 characters.</source>
        <translation>请至少使用 8 个字符。</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Admin::PermissionTree</name>
    <message>
        <source>Permission</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Allows</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>Administration: users, roles, audit trail</source>
        <translation>系统管理：用户、角色、审计日志</translation>
    </message>
    <message>
        <source>Customers (CRM)</source>
        <translation>客户（CRM）</translation>
    </message>
    <message>
        <source>Sales orders</source>
        <translation>销售订单</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Purchasing</source>
        <translation>采购</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>生产</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>Human resources</source>
        <translation>人力资源</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>View</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Create and change</source>
        <translation>新建和修改</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Post to the ledger</source>
        <translation>过账</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>Receive goods</source>
        <translation>收货</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Everything (*)</source>
        <translation>全部权限 (*)</translation>
    </message>
    <message>
        <source>Every permission, now and in the future</source>
        <translation>现有及今后新增的所有权限</translation>
    </message>
    <message>
        <source>All permissions of this module, including ones added later</source>
        <translation>本模块的所有权限，包括以后新增的权限</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Merge duplicates</source>
        <translation>合并重复项</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Admin::RoleDialog</name>
    <message>
        <source>New Role</source>
        <translation>新建角色</translation>
    </message>
    <message>
        <source>Edit Role</source>
        <translation>编辑角色</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>说明(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Permissions</source>
        <translation>权限(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Other grants</source>
        <translation>其他授权(&amp;O)</translation>
    </message>
    <message>
        <source>A role cannot be renamed.</source>
        <translation>角色不能改名。</translation>
    </message>
    <message>
        <source>Create Role</source>
        <translation>创建角色</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>“%1” is not a permission or wildcard.</source>
        <translation>“%1”不是有效的权限或通配符。</translation>
    </message>
    <message>
        <source>Use 2–32 characters: a–z, 0–9 or underscore, starting with a letter.</source>
        <translation>请使用 2–32 个字符：a–z、0–9 或下划线，并以字母开头。</translation>
    </message>
    <message>
        <source>e.g. *.read, *.approve, !admin.*</source>
        <translation>例如 *.read, *.approve, !admin.*</translation>
    </message>
    <message>
        <source>More grants, separated by commas: a verb wildcard such as *.read (view everything), a permission not listed above, or a denial such as !admin.* that wins over every grant.</source>
        <translation>其他授权，以逗号分隔：动词通配符如 *.read（查看全部）、上面未列出的权限，或优先于所有授权的禁止项如 !admin.*。</translation>
    </message>
    <message>
        <source>A record rule limits which records users of this role see. It applies only when every role of a user that can see those records has it switched on.</source>
        <translation>数据权限规则用于限制该角色的用户能看到哪些记录。只有当用户所有能看到这些记录的角色都启用了该规则时，规则才会生效。</translation>
    </message>
    <message>
        <source>Record rules</source>
        <translation>数据权限规则</translation>
    </message>
    <message>
        <source>Sees only customers they own</source>
        <translation>仅可查看本人负责的客户</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Sees only leads they own</source>
        <translation>只能查看自己负责的线索</translation>
    </message>
    <message>
        <source>Sees only opportunities they own</source>
        <translation>只能查看自己负责的商机</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Admin::RolesPage</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>There are no roles yet. Click New Role to add one.</source>
        <translation>还没有角色。点击“新建角色”添加一个。</translation>
    </message>
    <message>
        <source>No role matches the search. Clear the search box to see all roles.</source>
        <translation>没有符合搜索条件的角色。清空搜索框即可查看所有角色。</translation>
    </message>
    <message>
        <source>New Role…</source>
        <translation>新建角色…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Built-in roles cannot be deleted.</source>
        <translation>内置角色不能删除。</translation>
    </message>
    <message>
        <source>The role is given to users; take it away from them first.</source>
        <translation>该角色已分配给用户；请先取消这些用户的该角色。</translation>
    </message>
    <message>
        <source>Delete the role</source>
        <translation>删除该角色</translation>
    </message>
    <message>
        <source>Role %1 saved.</source>
        <translation>角色 %1 已保存。</translation>
    </message>
    <message>
        <source>Delete Role</source>
        <translation>删除角色</translation>
    </message>
    <message>
        <source>Delete the role %1?</source>
        <translation>删除角色 %1？</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>此操作无法撤销。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Role %1 deleted.</source>
        <translation>角色 %1 已删除。</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Admin::UserDialog</name>
    <message>
        <source>Active — the user can log in</source>
        <translation>启用 — 该用户可以登录</translation>
    </message>
    <message>
        <source>New User</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>Edit User</source>
        <translation>编辑用户</translation>
    </message>
    <message>
        <source>2–32 characters: a–z, 0–9, . _ -</source>
        <translation>2–32 个字符：a–z、0–9、. _ -</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>姓名(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>电子邮件(&amp;E)</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>重复密码(&amp;R)</translation>
    </message>
    <message>
        <source>A username cannot be changed.</source>
        <translation>用户名不能修改。</translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <source>Create User</source>
        <translation>创建用户</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Use 2–32 characters: a–z, 0–9, dot, underscore or hyphen.</source>
        <translation>请使用 2–32 个字符：a–z、0–9、点、下划线或连字符。</translation>
    </message>
    <message>
        <source>Example: name@example.com</source>
        <translation>示例：name@example.com</translation>
    </message>
    <message>
        <source>Use at least 8 characters.</source>
        <translation>请至少使用 8 个字符。</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Admin::UsersPage</name>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Last Login</source>
        <translation>上次登录</translation>
    </message>
    <message>
        <source>There are no users yet. Click New User to add one.</source>
        <translation>还没有用户。点击“新建用户”添加一个。</translation>
    </message>
    <message>
        <source>No user matches the search or filters. Clear the search box or choose “All” in the filters.</source>
        <translation>没有符合搜索或筛选条件的用户。请清空搜索框，或在筛选条件中选择“全部”。</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>所有角色</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>New User…</source>
        <translation>新建用户…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Reset Password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>User %1 saved.</source>
        <translation>用户 %1 已保存。</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>%1 的密码已修改。</translation>
    </message>
    <message>
        <source>User %1 can log in again.</source>
        <translation>用户 %1 可以重新登录了。</translation>
    </message>
    <message>
        <source>Deactivate User</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>Deactivate %1?</source>
        <translation>停用 %1？</translation>
    </message>
    <message>
        <source>The user can no longer log in. The account and its history are kept; you can activate it again at any time.</source>
        <translation>该用户将无法登录。账户及其历史记录会保留，您可以随时重新启用。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>User %1 was activated.</source>
        <translation>用户 %1 已启用。</translation>
    </message>
    <message>
        <source>User %1 was deactivated.</source>
        <translation>用户 %1 已停用。</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
</context>
<context>
    <name>Erp::Client::ApiClient</name>
    <message>
        <source>The connection was closed.</source>
        <translation>连接已关闭。</translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>与服务器的连接已断开。</translation>
    </message>
    <message>
        <source>The server stopped answering.</source>
        <translation>服务器没有响应。</translation>
    </message>
    <message>
        <source>The connection to the server was lost; reconnecting…</source>
        <translation>与服务器的连接已断开，正在重新连接…</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>未连接到服务器。</translation>
    </message>
    <message>
        <source>The server sent an unreadable reply.</source>
        <translation>服务器返回了无法识别的应答。</translation>
    </message>
</context>
<context>
    <name>Erp::Client::AppController</name>
    <message>
        <source>Demo company: user admin, password %1</source>
        <translation>演示公司：用户名 admin，密码 %1</translation>
    </message>
</context>
<context>
    <name>Erp::Client::BusyIndicator</name>
    <message>
        <source>Waiting for the server…</source>
        <translation>正在等待服务器…</translation>
    </message>
</context>
<context>
    <name>Erp::Client::ChangePasswordDialog</name>
    <message>
        <source>Change My Password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>当前密码(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>新密码(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Repeat new password</source>
        <translation>重复新密码(&amp;R)</translation>
    </message>
    <message>
        <source>Change Password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>Use at least 8 characters.</source>
        <translation>请至少使用 8 个字符。</translation>
    </message>
</context>
<context>
    <name>Erp::Client::ColumnChooser</name>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Show Default Columns</source>
        <translation>恢复默认列</translation>
    </message>
</context>
<context>
    <name>Erp::Client::CommandLine</name>
    <message>
        <source>ERP desktop client: customers, orders and resources of a company.</source>
        <translation>ERP 桌面客户端：管理企业的客户、订单和资源。</translation>
    </message>
    <message>
        <source>Open the company file FILE on this computer (it is created when it does not exist).</source>
        <translation>打开本机上的公司文件 FILE（不存在时会新建）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Connect to the erp-server at HOST:PORT.</source>
        <translation>连接到位于 HOST:PORT 的 erp-server。</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <source>Use an encrypted (TLS) connection to the server.</source>
        <translation>使用加密（TLS）连接访问服务器。</translation>
    </message>
    <message>
        <source>Prefill the username NAME.</source>
        <translation>预先填入用户名 NAME。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>--local and --server cannot be used together.</source>
        <translation>--local 和 --server 不能同时使用。</translation>
    </message>
    <message>
        <source>Load the demo company into a new company file (user admin, password %1).</source>
        <translation>在新建的公司文件中载入演示公司（用户名 admin，密码 %1）。</translation>
    </message>
</context>
<context>
    <name>Erp::Client::ConnectionIndicator</name>
    <message>
        <source>Local file</source>
        <translation>本地文件</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Working on a company file on this computer.</source>
        <translation>正在使用本机上的公司文件。</translation>
    </message>
    <message>
        <source>Connected to the server.</source>
        <translation>已连接到服务器。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>正在重新连接…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Customers::ConflictDialog</name>
    <message>
        <source>Shipping:</source>
        <translation>收货：</translation>
    </message>
    <message>
        <source>Billing:</source>
        <translation>开票：</translation>
    </message>
    <message>
        <source>Their Version and Yours</source>
        <translation>对方的版本与您的版本</translation>
    </message>
    <message>
        <source>Someone else saved this customer%1, but your form holds the same values.</source>
        <translation>其他人已保存了该客户%1，但您表单中的内容与之相同。</translation>
    </message>
    <message>
        <source>Someone else saved this customer%1. These fields differ between their version and your form:</source>
        <translation>其他人已保存了该客户%1。以下字段在对方的版本和您的表单中不同：</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>对方的版本</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>您的版本</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>修改方</translation>
    </message>
    <message>
        <source>both</source>
        <translation>双方</translation>
    </message>
    <message>
        <source>them</source>
        <translation>对方</translation>
    </message>
    <message>
        <source>you</source>
        <translation>您</translation>
    </message>
    <message>
        <source>Use Their Version drops your edits. Save Mine replaces their version with your form as it is.</source>
        <translation>“采用对方版本”会放弃您的修改；“保存我的版本”会用您表单中的内容覆盖对方的版本。</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <source>Use Their Version</source>
        <translation>采用对方版本</translation>
    </message>
    <message>
        <source>Save Mine</source>
        <translation>保存我的版本</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation>（%1）</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Customers::CustomerDialog</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>主联系人</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>开票地址</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>收货地址</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>详细地址</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>联系人 %1</translation>
    </message>
    <message>
        <source>Address %1</source>
        <translation>地址 %1</translation>
    </message>
    <message>
        <source>Save &amp;&amp; New</source>
        <translation>保存并新建</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>自动生成</translation>
    </message>
    <message>
        <source>Leave empty to get the next free code (C000123).</source>
        <translation>留空则自动分配下一个可用编码（C000123）。</translation>
    </message>
    <message>
        <source>e.g. 深圳华信科技有限公司</source>
        <translation>例如 深圳华信科技有限公司</translation>
    </message>
    <message>
        <source>e.g. 91440300MA5F000000</source>
        <translation>例如 91440300MA5F000000</translation>
    </message>
    <message>
        <source>e.g. trade fair, website, referral</source>
        <translation>例如 展会、网站、转介绍</translation>
    </message>
    <message>
        <source>comma-separated, e.g. VIP, 华南</source>
        <translation>以逗号分隔，例如 VIP, 华南</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>C&amp;ode</source>
        <translation>编码(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Tax ID</source>
        <translation>税号(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Industry</source>
        <translation>行业(&amp;I)</translation>
    </message>
    <message>
        <source>So&amp;urce</source>
        <translation>来源(&amp;U)</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>标签(&amp;A)</translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation>负责人(&amp;W)</translation>
    </message>
    <message>
        <source>C&amp;redit limit</source>
        <translation>信用额度(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>币种(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Payment terms</source>
        <translation>账期(&amp;P)</translation>
    </message>
    <message>
        <source>Anything colleagues should know about this customer</source>
        <translation>同事需要了解的有关该客户的任何信息</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Save this customer and start the next one</source>
        <translation>保存该客户并开始录入下一个</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>New Customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Customer %1 — %2</source>
        <translation>客户 %1 — %2</translation>
    </message>
    <message>
        <source>This customer was merged into another one and can no longer be changed.</source>
        <translation>该客户已合并到另一个客户，不能再修改。</translation>
    </message>
    <message>
        <source>This customer is archived. Restore it in the list to work with it again.</source>
        <translation>该客户已归档。在列表中恢复后即可继续使用。</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Notes can hold at most 4,000 characters.</source>
        <translation>备注最多 4,000 个字符。</translation>
    </message>
    <message>
        <source>Customer %1 (%2) saved. Enter the next one.</source>
        <translation>客户 %1（%2）已保存。请录入下一个。</translation>
    </message>
    <message>
        <source>Someone else saved this customer while you were editing it.</source>
        <translation>在您编辑期间，其他人已保存了该客户。</translation>
    </message>
    <message>
        <source>Contacts (%1)</source>
        <translation>联系人（%1）</translation>
    </message>
    <message>
        <source>Addresses (%1)</source>
        <translation>地址（%1）</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Customers::CustomerFilters</name>
    <message>
        <source>Any tag</source>
        <translation>任意标签</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>All</source>
        <extracomment>Status filter: active and archived customers (merged ones are left out)</extracomment>
        <translation>全部</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>我</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>Province:</source>
        <translation>省份：</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>城市：</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>清除筛选</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Customers::CustomerList</name>
    <message>
        <source>No customers yet — press Ctrl+N to add one or import a CSV file.</source>
        <translation>还没有客户 — 按 Ctrl+N 新建，或导入 CSV 文件。</translation>
    </message>
    <message>
        <source>No customers yet — press Ctrl+N to add one.</source>
        <translation>还没有客户 — 按 Ctrl+N 新建。</translation>
    </message>
    <message>
        <source>No customers yet.</source>
        <translation>还没有客户。</translation>
    </message>
    <message>
        <source>No customer matches the search or filters. Clear the search box or click Clear Filters.</source>
        <translation>没有符合搜索或筛选条件的客户。请清空搜索框或点击“清除筛选”。</translation>
    </message>
    <message>
        <source>New Customer…</source>
        <translation>新建客户…</translation>
    </message>
    <message>
        <source>Add a customer (Ctrl+N)</source>
        <translation>新建客户（Ctrl+N）</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Open the selected customer (Enter)</source>
        <translation>打开选中的客户（Enter）</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <source>Merge two selected customers that are the same company or person</source>
        <translation>合并选中的两个实为同一公司或个人的客户</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Customer %1 (%2) saved.</source>
        <translation>客户 %1（%2）已保存。</translation>
    </message>
    <message>
        <source>Archive %1?</source>
        <translation>归档 %1？</translation>
    </message>
    <message>
        <source>Archive %1 customers?</source>
        <translation>归档 %1 个客户？</translation>
    </message>
    <message>
        <source>Archive Customers</source>
        <translation>归档客户</translation>
    </message>
    <message>
        <source>Archived customers leave the Active list; their history is kept and you can restore them at any time (Status: Archived).</source>
        <translation>归档的客户不再出现在“正常”列表中；其历史记录会保留，您可以随时恢复（状态：已归档）。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>1 customer archived.</source>
        <translation>已归档 1 个客户。</translation>
    </message>
    <message>
        <source>1 customer restored.</source>
        <translation>已恢复 1 个客户。</translation>
    </message>
    <message>
        <source>%1 customers archived.</source>
        <translation>已归档 %1 个客户。</translation>
    </message>
    <message>
        <source>%1 customers restored.</source>
        <translation>已恢复 %1 个客户。</translation>
    </message>
    <message>
        <source>%1 could not be changed; someone else may have changed them meanwhile.</source>
        <translation>%1 个未能修改；可能已被其他人修改。</translation>
    </message>
    <message>
        <source>Merged into %1 (%2).</source>
        <translation>已合并到 %1（%2）。</translation>
    </message>
    <message>
        <source>Name, code, phone, e-mail… (Ctrl+F)</source>
        <translation>名称、编码、电话、邮箱…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Finds any part of a name, code, tax ID, contact, phone number or e-mail address.</source>
        <translation>查找名称、编码、税号、联系人、电话号码或电子邮件地址中的任意部分。</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Import customers from a CSV or Excel file</source>
        <translation>从 CSV 或 Excel 文件导入客户</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Customers::CustomerText</name>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>Same phone number</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <source>Same e-mail address</source>
        <translation>电子邮件相同</translation>
    </message>
    <message>
        <source>Same tax ID</source>
        <translation>税号相同</translation>
    </message>
    <message>
        <source>Similar name</source>
        <translation>名称相似</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>税号</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Payment terms (days)</source>
        <translation>账期（天）</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact title</source>
        <translation>联系人职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Use a mobile number (13800138000), a landline with its area code (010-12345678) or an international number (+44 20 7946 0958).</source>
        <translation>请填写手机号（13800138000）、带区号的固定电话（010-12345678）或国际号码（+44 20 7946 0958）。</translation>
    </message>
    <message>
        <source>Example: name@example.com</source>
        <translation>示例：name@example.com</translation>
    </message>
    <message>
        <source>Use 5–30 letters or digits.</source>
        <translation>请使用 5–30 个字母或数字。</translation>
    </message>
    <message>
        <source>Use up to 20 letters, digits, “-” or “_”.</source>
        <translation>请使用最多 20 个字母、数字、“-”或“_”。</translation>
    </message>
    <message>
        <source>Use a three-letter code such as CNY.</source>
        <translation>请使用三个字母的代码，例如 CNY。</translation>
    </message>
    <message>
        <source>Use an amount such as 50000.00; it cannot be negative.</source>
        <translation>请填写金额，例如 50000.00；不能为负数。</translation>
    </message>
    <message>
        <source>Use a whole number of days from 0 to 365.</source>
        <translation>请填写 0 到 365 之间的整数天数。</translation>
    </message>
    <message>
        <source>Use “company” or “individual”.</source>
        <translation>请填写“company”（公司）或“individual”（个人）。</translation>
    </message>
    <message>
        <source>Use the username of an active user.</source>
        <translation>请填写一个已启用用户的用户名。</translation>
    </message>
    <message>
        <source>Use a two-letter country code such as CN.</source>
        <translation>请使用两个字母的国家代码，例如 CN。</translation>
    </message>
    <message>
        <source>An address needs at least a city or a street.</source>
        <translation>地址至少需要填写城市或详细地址。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A field error followed by the rule the value must follow</extracomment>
        <translation>%1%2</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Customers::CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>My Activities</source>
        <translation>我的活动</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Customers::DuplicatesDialog</name>
    <message>
        <source>Open Existing</source>
        <translation>打开已有客户</translation>
    </message>
    <message>
        <source>Create Anyway</source>
        <translation>仍然创建</translation>
    </message>
    <message>
        <source>Possible Duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <source>An existing customer looks like the one you entered.</source>
        <translation>有一个已有客户与您录入的客户相似。</translation>
    </message>
    <message>
        <source>%1 existing customers look like the one you entered.</source>
        <translation>有 %1 个已有客户与您录入的客户相似。</translation>
    </message>
    <message>
        <source>This customer may already exist.</source>
        <translation>该客户可能已经存在。</translation>
    </message>
    <message>
        <source>Open the existing one instead of creating a duplicate, or create the new customer anyway if it really is a different one.</source>
        <translation>请打开已有客户，避免重复录入；如果确实是不同的客户，也可以仍然创建。</translation>
    </message>
    <message>
        <source>Why it looks the same</source>
        <translation>相似原因</translation>
    </message>
    <message>
        <source>Back to the Form</source>
        <translation>返回表单</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Customers::MergeDialog</name>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Merge Customers</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <source>Choose the customer to keep. Both records are shown below.</source>
        <translation>请选择要保留的客户。两条记录如下所示。</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>保留此客户</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Contacts and addresses</source>
        <translation>联系人和地址</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>%1 (%2) is kept. The contacts, addresses and tags of %3 (%4) move to it; %3 stays in the list as “Merged” and can no longer be changed. This cannot be undone.</source>
        <translation>保留 %1（%2）。%3（%4）的联系人、地址和标签将移到该客户下；%3 会以“已合并”状态保留在列表中，不能再修改。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Contacts: %1 · Addresses: %2</source>
        <translation>联系人：%1 · 地址：%2</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Dashboard::DashboardPage</name>
    <message>
        <source>&amp;Period</source>
        <translation>期间(&amp;P)</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read the figures again (F5)</source>
        <translation>重新读取数据（F5）</translation>
    </message>
    <message>
        <source>Orders in period</source>
        <translation>期间订单数</translation>
    </message>
    <message>
        <source>Processing time</source>
        <translation>处理时长</translation>
    </message>
    <message>
        <source>Shipped on time</source>
        <translation>准时发货率</translation>
    </message>
    <message>
        <source>Order accuracy</source>
        <translation>订单准确率</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用库存</translation>
    </message>
    <message>
        <source>Reorder point</source>
        <translation>再订货点</translation>
    </message>
    <message>
        <source>Reorder qty</source>
        <translation>再订货量</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <source>Low stock: %1</source>
        <translation>低库存：%1</translation>
    </message>
    <message>
        <source>%1 shipped</source>
        <translation>已发货 %1 单</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>from submit to shipment, on average</source>
        <translation>从提交到发货的平均时长</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>shipped by the requested date</source>
        <translation>在要求交期前发货的占比</translation>
    </message>
    <message>
        <source>shipped without amendment or return</source>
        <translation>未经修改且无退货的发货占比</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <source>Low stock: every product is above its reorder point.</source>
        <translation>低库存：所有产品的库存都高于再订货点。</translation>
    </message>
    <message>
        <source>Low stock (%1)</source>
        <translation>低库存（%1）</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Dashboard::GettingStarted</name>
    <message>
        <source>Getting started</source>
        <translation>快速入门</translation>
    </message>
    <message>
        <source>Create your first warehouse</source>
        <translation>创建第一个仓库</translation>
    </message>
    <message>
        <source>Stock is kept per warehouse: name it, give it bins if you use them.</source>
        <translation>库存按仓库管理：为仓库命名；如使用库位，请同时设置库位。</translation>
    </message>
    <message>
        <source>Add your products</source>
        <translation>添加产品</translation>
    </message>
    <message>
        <source>SKU, name, unit, price and cost — or import a list.</source>
        <translation>SKU、名称、单位、售价和成本 — 也可以批量导入。</translation>
    </message>
    <message>
        <source>Put your opening stock in</source>
        <translation>录入期初库存</translation>
    </message>
    <message>
        <source>Enter what is on the shelves today, per warehouse.</source>
        <translation>按仓库录入当前货架上的实际库存。</translation>
    </message>
    <message>
        <source>Add your customers</source>
        <translation>添加客户</translation>
    </message>
    <message>
        <source>Contacts and addresses are entered once and reused.</source>
        <translation>联系人和地址只需录入一次，即可重复使用。</translation>
    </message>
    <message>
        <source>Take your first order</source>
        <translation>录入第一张订单</translation>
    </message>
    <message>
        <source>Submit it, allocate the stock and ship it from the Orders tab.</source>
        <translation>在“销售订单”选项卡中提交订单、分配库存并发货。</translation>
    </message>
    <message>
        <source>Invite your colleagues</source>
        <translation>邀请同事</translation>
    </message>
    <message>
        <source>Give each clerk a login and a role: sales, warehouse, purchasing…</source>
        <translation>为每位业务员分配登录账号和角色：销售、仓库、采购…</translation>
    </message>
    <message>
        <source>A few steps to set up your company — %1 of %2 done. Each step opens the place where it is done.</source>
        <translation>只需几步即可完成公司设置 — 共 %2 步，已完成 %1 步。点击各步骤即可打开相应的操作界面。</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Dashboard::OrderCharts</name>
    <message>
        <source>Orders by state</source>
        <translation>各状态订单数</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Weekly trend</source>
        <translation>每周趋势</translation>
    </message>
    <message>
        <source>Processing time (h)</source>
        <translation>处理时长（小时）</translation>
    </message>
    <message>
        <source>On time (%)</source>
        <translation>准时率（%）</translation>
    </message>
    <message>
        <source>Accuracy (%)</source>
        <translation>准确率（%）</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>执行中</translation>
    </message>
    <message>
        <source>Rejected / cancelled</source>
        <translation>已驳回 / 已取消</translation>
    </message>
</context>
<context>
    <name>Erp::Client::ErrorText</name>
    <message>
        <source>The connection to the server was lost. The client reconnects automatically; please try again in a moment.</source>
        <translation>与服务器的连接已断开。客户端会自动重新连接，请稍后再试。</translation>
    </message>
    <message>
        <source>Not connected to the server. Please try again in a moment.</source>
        <translation>未连接到服务器，请稍后再试。</translation>
    </message>
    <message>
        <source>The server sent an unreadable reply.</source>
        <translation>服务器返回了无法识别的应答。</translation>
    </message>
    <message>
        <source>Your session has ended. Please log in again.</source>
        <translation>您的会话已结束，请重新登录。</translation>
    </message>
    <message>
        <source>You do not have permission to do this. Ask an administrator for access.</source>
        <translation>您没有执行此操作的权限。请向管理员申请。</translation>
    </message>
    <message>
        <source>The record no longer exists. Someone may have deleted it.</source>
        <translation>该记录已不存在，可能已被他人删除。</translation>
    </message>
    <message>
        <source>Someone else changed this record in the meantime. Reload it and try again.</source>
        <translation>该记录在此期间已被他人修改。请重新加载后再试。</translation>
    </message>
    <message>
        <source>Some values are not valid.</source>
        <translation>部分内容无效。</translation>
    </message>
    <message>
        <source>Some values are not valid: %1</source>
        <translation>部分内容无效：%1</translation>
    </message>
    <message>
        <source>This is not allowed: %1</source>
        <translation>不允许此操作：%1</translation>
    </message>
    <message>
        <source>An internal error occurred on the server.</source>
        <translation>服务器发生内部错误。</translation>
    </message>
    <message>
        <source>An internal error occurred on the server. Please tell your administrator the log id %1.</source>
        <translation>服务器发生内部错误。请将日志编号 %1 告知管理员。</translation>
    </message>
    <message>
        <source>The server rejected the request: %1</source>
        <translation>服务器拒绝了请求：%1</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>此值无效。</translation>
    </message>
    <message>
        <source>This value is too short.</source>
        <translation>此值太短。</translation>
    </message>
    <message>
        <source>This value is too long.</source>
        <translation>此值太长。</translation>
    </message>
    <message>
        <source>This value is already in use.</source>
        <translation>此值已被使用。</translation>
    </message>
    <message>
        <source>This value is unknown.</source>
        <translation>此值未知。</translation>
    </message>
    <message>
        <source>This value is not allowed.</source>
        <translation>不允许使用此值。</translation>
    </message>
    <message>
        <source>This account is locked after too many failed attempts. Try again after %1, or ask an administrator to unlock it.</source>
        <translation>由于登录失败次数过多，该账户已被锁定。请在 %1 之后再试，或请管理员解锁。</translation>
    </message>
    <message>
        <source>Invalid username or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
</context>
<context>
    <name>Erp::Client::ExportRunner</name>
    <message>
        <source>Exporting… %1 of %2 rows written.</source>
        <translation>正在导出… 已写入 %1 行，共 %2 行。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>已将 %n 行导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>The export failed; no file was written.</source>
        <translation>导出失败，未写入任何文件。</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file, UTF-8 (*.csv)</source>
        <translation>CSV 文件，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Finance::AccountChart</name>
    <message>
        <source>New Sub-account…</source>
        <translation>新增明细科目…</translation>
    </message>
    <message>
        <source>Add an account under the selected one (a first-level account when none is selected) — Ctrl+N</source>
        <translation>在所选科目下新增明细科目（未选中时新增一级科目）— Ctrl+N</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export the chart as shown to Excel (XLSX) or CSV (Ctrl+E)</source>
        <translation>将当前显示的科目表导出为 Excel (XLSX) 或 CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>Code or name… (Ctrl+F)</source>
        <translation>科目代码或名称… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>科目代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>科目名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>科目类别</translation>
    </message>
    <message>
        <source>Balance side</source>
        <translation>余额方向</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Archive: the account takes no new lines (it must have no balance and no posting role)</source>
        <translation>归档：该科目不再接受新的分录（科目须无余额，且未被设为记账角色）</translation>
    </message>
    <message>
        <source>Restore: the account takes lines again</source>
        <translation>恢复：该科目重新接受分录</translation>
    </message>
    <message>
        <source>Account %1 added.</source>
        <translation>科目 %1 已新增。</translation>
    </message>
    <message>
        <source>Account %1 renamed.</source>
        <translation>科目 %1 已重命名。</translation>
    </message>
    <message>
        <source>Account %1 archived.</source>
        <translation>科目 %1 已归档。</translation>
    </message>
    <message>
        <source>Account %1 restored.</source>
        <translation>科目 %1 已恢复。</translation>
    </message>
    <message>
        <source>Chart of accounts</source>
        <translation>会计科目表</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级次</translation>
    </message>
    <message>
        <source>Export Chart of Accounts</source>
        <translation>导出会计科目表</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Finance::AccountDialog</name>
    <message>
        <source>none — a first-level account</source>
        <translation>无 — 一级科目</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>上级科目</translation>
    </message>
    <message>
        <source>C&amp;ode</source>
        <translation>科目代码(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>科目名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;English name</source>
        <translation>英文名称(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>科目类别(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Balance side</source>
        <translation>余额方向(&amp;B)</translation>
    </message>
    <message>
        <source>Rename Account %1</source>
        <translation>重命名科目 %1</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>New Account</source>
        <translation>新增科目</translation>
    </message>
    <message>
        <source>New Sub-account of %1</source>
        <translation>新增 %1 的明细科目</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>例如：%1</translation>
    </message>
    <message>
        <source>e.g. 工商银行 / ICBC current account</source>
        <translation>例如：工商银行基本户</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Someone else changed this account while you were editing it.</source>
        <translation>在您编辑期间，其他人修改了此科目。</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Finance::BillsPage</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已审批</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>已过账</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation>部分付款</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>已冲销</translation>
    </message>
    <message>
        <source>more than received</source>
        <translation>超过收货数量</translation>
    </message>
    <message>
        <source>price differs from the order</source>
        <translation>价格与订单不符</translation>
    </message>
    <message>
        <source>above the tolerance</source>
        <translation>超出容差</translation>
    </message>
    <message>
        <source>&amp;New From Order…</source>
        <translation>按订单新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>审批(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>过账(&amp;P)</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>A bill of what a purchase order received and is not billed yet</source>
        <translation>按采购订单已收货、尚未开票的数量新建应付发票</translation>
    </message>
    <message>
        <source>Approve the differences from the order; then the bill can be posted</source>
        <translation>审批与订单的差异，之后即可过账</translation>
    </message>
    <message>
        <source>Post the bill: it gets its number and books GRNI, the price difference, input VAT and the payable</source>
        <translation>过账：取得编号，并记入暂估应付、价差、进项税额和应付账款</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Supplier's No.</source>
        <translation>供应商发票号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>价税合计</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结金额</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Order Price</source>
        <translation>订单单价</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>订购数量</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收货</translation>
    </message>
    <message>
        <source>Billed Before</source>
        <translation>此前已开票</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>（草稿）</translation>
    </message>
    <message>
        <source>%1 · %2 · order %3 · supplier's No. %4 · total %5 · %6</source>
        <translation>%1 · %2 · 订单 %3 · 供应商发票号 %4 · 价税合计 %5 · %6</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Bill %1 posted.</source>
        <translation>应付发票 %1 已过账。</translation>
    </message>
    <message>
        <source>Bill approved.</source>
        <translation>应付发票已审批。</translation>
    </message>
    <message>
        <source>The bill differs from its order: it needs approval.</source>
        <translation>应付发票与订单不符，需要审批。</translation>
    </message>
    <message>
        <source>Bill created.</source>
        <translation>应付发票已创建。</translation>
    </message>
    <message>
        <source>New Bill</source>
        <translation>新建应付发票</translation>
    </message>
    <message>
        <source>Purchase order number:</source>
        <translation>采购订单号：</translation>
    </message>
    <message>
        <source>No purchase order %1.</source>
        <translation>没有采购订单 %1。</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Finance::EntryList</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>（草稿）</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>凭证字</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>%1 · reversal</source>
        <translation>%1 · 冲销凭证</translation>
    </message>
    <message>
        <source>%1 · reversed</source>
        <translation>%1 · 已冲销</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>凭证</translation>
    </message>
    <message>
        <source>All journals</source>
        <translation>全部凭证字</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>All periods</source>
        <translation>全部会计期间</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>会计期间</translation>
    </message>
    <message>
        <source>No journal entries yet — press Ctrl+N to write a voucher.</source>
        <translation>暂无凭证 — 按 Ctrl+N 录入凭证。</translation>
    </message>
    <message>
        <source>No journal entries yet.</source>
        <translation>暂无凭证。</translation>
    </message>
    <message>
        <source>No entry matches the search or filters.</source>
        <translation>没有符合搜索或筛选条件的凭证。</translation>
    </message>
    <message>
        <source>Number, description or source… (Ctrl+F)</source>
        <translation>凭证号、说明或来源… (Ctrl+F)</translation>
    </message>
    <message>
        <source>New Voucher…</source>
        <translation>新增凭证…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Entry %1 posted.</source>
        <translation>凭证 %1 已过账。</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Finance::FinancePage</name>
    <message>
        <source>Journal Entries</source>
        <translation>凭证</translation>
    </message>
    <message>
        <source>Trial Balance</source>
        <translation>试算平衡表</translation>
    </message>
    <message>
        <source>Chart of Accounts</source>
        <translation>会计科目表</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>会计期间</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>财务报表</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>收付款</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>应付发票</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Finance::FinanceText</name>
    <message>
        <source>General</source>
        <translation>通用</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>采购</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <source>Payroll</source>
        <translation>工资</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>已过账</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结账</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结账</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>资产</translation>
    </message>
    <message>
        <source>Liability</source>
        <translation>负债</translation>
    </message>
    <message>
        <source>Common</source>
        <translation>共同</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>所有者权益</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>借方</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>贷方</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手工</translation>
    </message>
    <message>
        <source>Purchase order</source>
        <translation>采购订单</translation>
    </message>
    <message>
        <source>Sales order</source>
        <translation>销售订单</translation>
    </message>
    <message>
        <source>Stock count</source>
        <translation>库存盘点</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Opening stock</source>
        <translation>期初库存</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>库存商品</translation>
    </message>
    <message>
        <source>Goods received not invoiced</source>
        <translation>暂估应付款</translation>
    </message>
    <message>
        <source>Cost of goods sold</source>
        <translation>主营业务成本</translation>
    </message>
    <message>
        <source>Inventory gains</source>
        <translation>存货盘盈</translation>
    </message>
    <message>
        <source>Inventory losses</source>
        <translation>存货盘亏</translation>
    </message>
    <message>
        <source>Opening balances</source>
        <translation>期初余额</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>应收账款</translation>
    </message>
    <message>
        <source>Payables</source>
        <translation>应付账款</translation>
    </message>
    <message>
        <source>Sales revenue</source>
        <translation>主营业务收入</translation>
    </message>
    <message>
        <source>Output VAT</source>
        <translation>销项税额</translation>
    </message>
    <message>
        <source>Input VAT</source>
        <translation>进项税额</translation>
    </message>
    <message>
        <source>VAT transferred out</source>
        <translation>进项税额转出</translation>
    </message>
    <message>
        <source>Unpaid VAT</source>
        <translation>未交增值税</translation>
    </message>
    <message>
        <source>Payroll payable</source>
        <translation>应付职工薪酬</translation>
    </message>
    <message>
        <source>Income tax withheld</source>
        <translation>代扣个人所得税</translation>
    </message>
    <message>
        <source>Profit of the year</source>
        <translation>本年利润</translation>
    </message>
    <message>
        <source>Accounting Standards for Small Enterprises (小企业会计准则)</source>
        <translation>小企业会计准则</translation>
    </message>
    <message>
        <source>Generic small-business chart (English)</source>
        <translation>通用小企业科目表（英文）</translation>
    </message>
    <message>
        <source>Red storno: the same sides with negative amounts</source>
        <translation>红字冲销：借贷方向不变，金额为负数</translation>
    </message>
    <message>
        <source>Opposite sides: debits and credits swapped</source>
        <translation>反向冲销：借贷方向互换</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Entry %1 does not balance: debits %2, credits %3.</source>
        <translation>凭证 %1 借贷不平衡：借方 %2，贷方 %3。</translation>
    </message>
    <message>
        <source>The recorded balance of account %1 in %2 (debits %3, credits %4) differs from its lines (debits %5, credits %6): a row was changed outside the program.</source>
        <translation>科目 %1 在 %2 的记录余额（借方 %3，贷方 %4）与其分录合计（借方 %5，贷方 %6）不一致：有数据在程序之外被修改。</translation>
    </message>
    <message>
        <source>The ledger as a whole does not balance: debits %1, credits %2.</source>
        <translation>总账整体借贷不平衡：借方 %1，贷方 %2。</translation>
    </message>
    <message>
        <source>The numbers of the %1 journal in %2 have a gap or a duplicate: %3 entries numbered %4 to %5.</source>
        <translation>凭证字“%1”在 %2 的凭证号存在断号或重号：共 %3 张凭证，编号为 %4 至 %5。</translation>
    </message>
    <message>
        <source>Drafts that carry a voucher number: %1.</source>
        <translation>带有凭证号的草稿：%1。</translation>
    </message>
    <message>
        <source>Lines booked on accounts that have sub-accounts: %1.</source>
        <translation>记入有明细科目的上级科目的分录：%1。</translation>
    </message>
    <message>
        <source>Entry %1 (%2 journal) does not follow the entry before it: an entry was removed or inserted outside the program.</source>
        <translation>凭证 %1（凭证字“%2”）与前一张凭证不衔接：有凭证在程序之外被删除或插入。</translation>
    </message>
    <message>
        <source>Entry %1 (%2 journal) was changed after it was posted: its content no longer matches its fingerprint.</source>
        <translation>凭证 %1（凭证字“%2”）在过账后被修改：其内容与校验指纹不再一致。</translation>
    </message>
    <message>
        <source>The %1 journal does not end with the entry the books recorded last.</source>
        <translation>凭证字“%1”的最后一张凭证与账簿记录的最后一张凭证不一致。</translation>
    </message>
    <message>
        <source>Unexpected finding %1: %2</source>
        <translation>意外的检查结果 %1：%2</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation>部分收款</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已收款</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>已红冲</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>红字发票</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Unapplied</source>
        <translation>未核销</translation>
    </message>
    <message>
        <source>Partly applied</source>
        <translation>部分核销</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>已核销</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A VAT rate, e.g. "13 %"</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>The stock value of product #%1 (%2, quantity %3) differs from its stock moves (%4, quantity %5): a row was changed outside the program.</source>
        <translation>产品 #%1 的库存金额（%2，数量 %3）与其库存流水（%4，数量 %5）不一致：有数据在本程序之外被修改过。</translation>
    </message>
    <message>
        <source>Inventory account %1 has a balance of %2, but the stock booked on it is worth %3.</source>
        <translation>存货科目 %1 的余额为 %2，但记在该科目上的库存价值为 %3。</translation>
    </message>
    <message>
        <source>Supplier bill</source>
        <translation>应付发票</translation>
    </message>
    <message>
        <source>Purchase price differences</source>
        <translation>采购价差</translation>
    </message>
    <message>
        <source>Purchases without an order</source>
        <translation>无订单采购</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Finance::InvoiceDialog</name>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>单据</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>科目</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>借方</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>贷方</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>过账</translation>
    </message>
    <message>
        <source>Credit Note…</source>
        <translation>开红字发票…</translation>
    </message>
    <message>
        <source>Cancel Invoice</source>
        <translation>作废发票</translation>
    </message>
    <message>
        <source>Register Payment…</source>
        <translation>登记收款…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Open Voucher</source>
        <translation>查看凭证</translation>
    </message>
    <message>
        <source>New Invoice</source>
        <translation>新建发票</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>Give the invoice its number and book it (needs the permission to post invoices)</source>
        <translation>为发票分配编号并记账（需要发票过账权限）</translation>
    </message>
    <message>
        <source>Cancel a posted invoice by a credit note for what is not credited yet</source>
        <translation>对已过账发票中尚未红冲的部分开具红字发票予以冲销</translation>
    </message>
    <message>
        <source>Cancel this draft (it never had a number)</source>
        <translation>作废此草稿（草稿从未分配编号）</translation>
    </message>
    <message>
        <source>Record money received for this invoice</source>
        <translation>登记此发票的收款</translation>
    </message>
    <message>
        <source>Open the journal entry the invoice booked</source>
        <translation>查看此发票生成的凭证</translation>
    </message>
    <message>
        <source>Type a name, code or phone number…</source>
        <translation>输入名称、编码或电话号码…</translation>
    </message>
    <message>
        <source>Up to 20 digits</source>
        <translation>最多 20 位数字</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>客户(&amp;U)</translation>
    </message>
    <message>
        <source>Sales order</source>
        <translation>销售订单</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结金额</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>&amp;Fapiao number</source>
        <translation>发票号码(&amp;F)</translation>
    </message>
    <message>
        <source>Fapiao d&amp;ate</source>
        <translation>发票日期(&amp;A)</translation>
    </message>
    <message>
        <source>Printed on the invoice</source>
        <translation>将打印在发票上</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>明细</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Journal Entry</source>
        <translation>凭证</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Save Draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>Credit Note</source>
        <translation>红字发票</translation>
    </message>
    <message>
        <source>A credit note for everything not credited yet of %1 (%2) is posted today.
Reason:</source>
        <translation>将于今天过账一张红字发票，冲销 %1（%2）中尚未红冲的全部金额。
原因：</translation>
    </message>
    <message>
        <source>Cancel this draft invoice? It cannot be used again.</source>
        <translation>作废此草稿发票？作废后不能再使用。</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>新发票</translation>
    </message>
    <message>
        <source>Credit note (draft)</source>
        <translation>红字发票（草稿）</translation>
    </message>
    <message>
        <source>Invoice (draft)</source>
        <translation>发票（草稿）</translation>
    </message>
    <message>
        <source>Credit note of %1</source>
        <translation>红冲发票 %1</translation>
    </message>
    <message>
        <source>— (free invoice)</source>
        <translation>—（无关联订单）</translation>
    </message>
    <message>
        <source>set at posting from the customer's payment terms</source>
        <translation>过账时按客户的账期确定</translation>
    </message>
    <message>
        <source>— (not posted)</source>
        <translation>—（未过账）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1（共 %2）</translation>
    </message>
    <message>
        <source>Save Fapiao</source>
        <translation>保存发票信息</translation>
    </message>
    <message>
        <source>Payment %1</source>
        <translation>收款 %1</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>红字发票</translation>
    </message>
    <message>
        <source>Applied to invoice %1</source>
        <translation>已核销发票 %1</translation>
    </message>
    <message>
        <source>Payments (%1)</source>
        <translation>收款（%1）</translation>
    </message>
    <message>
        <source>Pick the customer first.</source>
        <translation>请先选择客户。</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>草稿已保存。</translation>
    </message>
    <message>
        <source>Fapiao of %1 saved.</source>
        <translation>发票 %1 的开票信息已保存。</translation>
    </message>
    <message>
        <source>Post Invoice</source>
        <translation>发票过账</translation>
    </message>
    <message>
        <source>Post this invoice? It gets its number and is booked; afterwards it can only be corrected by a credit note.</source>
        <translation>过账此发票？过账后发票将分配编号并记账，之后只能通过红字发票更正。</translation>
    </message>
    <message>
        <source>Posted.</source>
        <translation>已过账。</translation>
    </message>
    <message>
        <source>Credit note %1 posted for %2.</source>
        <translation>红字发票 %1 已过账，金额 %2。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已作废。</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Finance::InvoiceLineEditor</name>
    <message>
        <source>%1 — %2</source>
        <extracomment>A product offered in the invoice lines: SKU — name</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Add Line</source>
        <translation>添加行</translation>
    </message>
    <message>
        <source>Remove Line</source>
        <translation>删除行</translation>
    </message>
    <message>
        <source>Add a line (Insert)</source>
        <translation>添加一行（Insert）</translation>
    </message>
    <message>
        <source>Remove the current line (Delete)</source>
        <translation>删除当前行（Delete）</translation>
    </message>
    <message>
        <source>Amount %1</source>
        <translation>金额 %1</translation>
    </message>
    <message>
        <source>VAT %1</source>
        <translation>税额 %1</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>价税合计 %1</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Finance::InvoiceLinesModel</name>
    <message>
        <source>From the sales order: only the quantity can change.</source>
        <translation>来自销售订单：只能修改数量。</translation>
    </message>
    <message>
        <source>Product or description</source>
        <translation>产品或说明</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Disc. %</source>
        <translation>折扣（%）</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>Incl. VAT</source>
        <translation>含税</translation>
    </message>
    <message>
        <source>Amount</source>
        <extracomment>金额: the line amount without VAT</extracomment>
        <translation>金额</translation>
    </message>
    <message>
        <source>VAT</source>
        <extracomment>税额: the VAT of the line</extracomment>
        <translation>税额</translation>
    </message>
    <message>
        <source>Total</source>
        <extracomment>价税合计: amount plus VAT</extracomment>
        <translation>价税合计</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Finance::InvoiceList</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>（草稿）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>税额</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>价税合计</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>Fapiao</source>
        <translation>发票号码</translation>
    </message>
    <message>
        <source>Sales order</source>
        <translation>销售订单</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>Invoices and credit notes</source>
        <translation>发票和红字发票</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>红字发票</translation>
    </message>
    <message>
        <source>Any customer</source>
        <translation>所有客户</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>No invoices yet — press Ctrl+N to write one, or invoice a shipped sales order.</source>
        <translation>还没有发票 — 按 Ctrl+N 新开一张，或为已发货的销售订单开票。</translation>
    </message>
    <message>
        <source>No invoices yet.</source>
        <translation>还没有发票。</translation>
    </message>
    <message>
        <source>No invoice matches the search or filters. Clear the search box or click All.</source>
        <translation>没有符合搜索或筛选条件的发票。请清空搜索框或点击“全部”。</translation>
    </message>
    <message>
        <source>Number, customer, order or fapiao… (Ctrl+F)</source>
        <translation>编号、客户、订单或发票号码…（Ctrl+F）</translation>
    </message>
    <message>
        <source>New Invoice…</source>
        <translation>新建发票…</translation>
    </message>
    <message>
        <source>Write a free invoice (Ctrl+N)</source>
        <translation>开具不关联订单的发票（Ctrl+N）</translation>
    </message>
    <message>
        <source>Invoice from Order…</source>
        <translation>按订单开票…</translation>
    </message>
    <message>
        <source>A draft invoice of a sales order's shipped, not yet invoiced lines</source>
        <translation>为销售订单中已发货但尚未开票的行生成发票草稿</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Register Payment…</source>
        <translation>登记收款…</translation>
    </message>
    <message>
        <source>Statement…</source>
        <translation>对账单…</translation>
    </message>
    <message>
        <source>The customer's statement of account for a period, to print or save as PDF</source>
        <translation>客户某一期间的对账单，可打印或另存为 PDF</translation>
    </message>
    <message>
        <source>Invoice saved (%1).</source>
        <translation>发票已保存（%1）。</translation>
    </message>
    <message>
        <source>%1 %2 saved (%3).</source>
        <translation>%1 %2 已保存（%3）。</translation>
    </message>
    <message>
        <source>Draft invoice of order %1 created.</source>
        <translation>已为订单 %1 生成发票草稿。</translation>
    </message>
    <message>
        <source>Invoice from Order</source>
        <translation>按订单开票</translation>
    </message>
    <message>
        <source>The draft takes every shipped quantity of the order that is not invoiced yet; you can lower the quantities before posting.</source>
        <translation>草稿将包含该订单所有已发货但尚未开票的数量；过账前可以调低数量。</translation>
    </message>
    <message>
        <source>Order number or customer…</source>
        <translation>订单号或客户…</translation>
    </message>
    <message>
        <source>Create Draft</source>
        <translation>生成草稿</translation>
    </message>
    <message>
        <source>Payment %1 recorded.</source>
        <translation>收款 %1 已登记。</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Finance::InvoicePrint</name>
    <message>
        <source>Credit Note</source>
        <translation>红字发票</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>credit note of invoice %1</source>
        <translation>红冲发票 %1</translation>
    </message>
    <message>
        <source>credit %1</source>
        <translation>贷方 %1</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 天</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 天</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 天</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>90 天以上</translation>
    </message>
    <message>
        <source>Unapplied</source>
        <translation>未核销</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>draft invoice</source>
        <translation>发票草稿</translation>
    </message>
    <message>
        <source>Statement %1</source>
        <translation>对账单 %1</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Finance::LedgerDialog</name>
    <message>
        <source>Ledger — %1 (%2 – %3)</source>
        <translation>明细账 — %1（%2 – %3）</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export every line of the ledger to Excel (XLSX) or CSV (Ctrl+E)</source>
        <translation>将明细账的全部分录导出为 Excel (XLSX) 或 CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Enter or double-click: open the entry</source>
        <translation>Enter 或双击：打开凭证</translation>
    </message>
    <message>
        <source>Opening balance %1 · Debits %2 · Credits %3 · Closing balance %4 · %5 lines</source>
        <translation>期初余额 %1 · 借方 %2 · 贷方 %3 · 期末余额 %4 · 共 %5 条分录</translation>
    </message>
    <message>
        <source>Ledger %1</source>
        <translation>明细账 %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>凭证字</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>借方</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>贷方</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Export Ledger</source>
        <translation>导出明细账</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Finance::LedgerModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>凭证字</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>借方</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>贷方</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Finance::PaymentDialog</name>
    <message>
        <source>Applied to</source>
        <translation>已核销发票</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Unapply…</source>
        <translation>取消核销…</translation>
    </message>
    <message>
        <source>Open invoice</source>
        <translation>未结发票</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结金额</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>核销</translation>
    </message>
    <message>
        <source>Apply Oldest First</source>
        <translation>按到期先后核销</translation>
    </message>
    <message>
        <source>Receipt from a customer</source>
        <translation>客户收款</translation>
    </message>
    <message>
        <source>Payment to a supplier</source>
        <translation>供应商付款</translation>
    </message>
    <message>
        <source>Type a name or code…</source>
        <translation>输入名称或编码…</translation>
    </message>
    <message>
        <source>e.g. the bank transfer's reference</source>
        <translation>例如银行转账的流水号</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>往来单位(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>金额(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>参考号(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Take the selected allocation back: the invoice is open again</source>
        <translation>撤回所选的核销：该发票重新变为未结</translation>
    </message>
    <message>
        <source>Open invoices of the partner, oldest due first</source>
        <translation>该往来单位的未结发票，最早到期的排在前面</translation>
    </message>
    <message>
        <source>Apply the amount to the oldest due invoices first</source>
        <translation>将金额优先核销到最早到期的发票</translation>
    </message>
    <message>
        <source>Unapply</source>
        <translation>取消核销</translation>
    </message>
    <message>
        <source>Take %1 back from invoice %2? The invoice is open again by that amount and the amount is unapplied credit of the payment.</source>
        <translation>从发票 %2 撤回 %1？该发票的未结金额将相应增加，这笔金额转为该笔收付款的未核销余额。</translation>
    </message>
    <message>
        <source>New Receipt</source>
        <translation>新增收款</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>收付款</translation>
    </message>
    <message>
        <source>New payment</source>
        <translation>新收付款</translation>
    </message>
    <message>
        <source>Record Payment</source>
        <translation>登记收付款</translation>
    </message>
    <message>
        <source>%1 more is applied than is available.</source>
        <translation>核销金额超出可用金额 %1。</translation>
    </message>
    <message>
        <source>Unapplied: %1 — stays a credit on the partner, to apply later.</source>
        <translation>未核销：%1 — 作为该往来单位的余额保留，可在以后核销。</translation>
    </message>
    <message>
        <source>Pick the partner first.</source>
        <translation>请先选择往来单位。</translation>
    </message>
    <message>
        <source>Type the amounts to apply in the Apply column first.</source>
        <translation>请先在“核销”列中填写要核销的金额。</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Finance::PaymentList</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>往来单位</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>已核销</translation>
    </message>
    <message>
        <source>Unapplied credit</source>
        <translation>未核销余额</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考号</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>收付款</translation>
    </message>
    <message>
        <source>Receipts and payments</source>
        <translation>全部收付款</translation>
    </message>
    <message>
        <source>Customer receipts</source>
        <translation>客户收款</translation>
    </message>
    <message>
        <source>Supplier payments</source>
        <translation>供应商付款</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>With unapplied credit</source>
        <translation>有未核销余额</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>No payments yet — press Ctrl+N to record money received.</source>
        <translation>还没有收付款 — 按 Ctrl+N 登记收到的款项。</translation>
    </message>
    <message>
        <source>No payments yet.</source>
        <translation>还没有收付款。</translation>
    </message>
    <message>
        <source>No payment matches the search or filters.</source>
        <translation>没有符合搜索或筛选条件的收付款。</translation>
    </message>
    <message>
        <source>Number, reference or partner… (Ctrl+F)</source>
        <translation>编号、参考号或往来单位…（Ctrl+F）</translation>
    </message>
    <message>
        <source>New Receipt…</source>
        <translation>新增收款…</translation>
    </message>
    <message>
        <source>Record money received or paid (Ctrl+N)</source>
        <translation>登记收到或支付的款项（Ctrl+N）</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Open the payment: apply it to invoices or unapply it (Enter)</source>
        <translation>打开收付款：核销到发票或取消核销（Enter）</translation>
    </message>
    <message>
        <source>Payment %1 saved (%2 unapplied).</source>
        <translation>收付款 %1 已保存（未核销 %2）。</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Finance::PeriodsPage</name>
    <message>
        <source>&amp;Close Period…</source>
        <translation>结账(&amp;C)…</translation>
    </message>
    <message>
        <source>Re&amp;open Period…</source>
        <translation>反结账(&amp;O)…</translation>
    </message>
    <message>
        <source>C&amp;heck the Books</source>
        <translation>检查账簿(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Nothing can be posted into a closed month — also no stock moves dated in it</source>
        <translation>已结账的月份不能再过账 — 日期在该月的库存变动也不能过账</translation>
    </message>
    <message>
        <source>Reopening needs its own permission and a reason; both go to the audit trail</source>
        <translation>反结账需要单独的权限并填写原因；两者都会记入审计日志</translation>
    </message>
    <message>
        <source>Recompute every balance from the lines and verify every entry, number sequence and the tamper-evident chain</source>
        <translation>根据分录重新计算所有余额，并校验每张凭证、凭证号序列及防篡改链</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>会计期间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>凭证数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>草稿数</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结账</translation>
    </message>
    <message>
        <source>Fiscal year starting in</source>
        <translation>会计年度起始月份</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1（%2 结账）</translation>
    </message>
    <message>
        <source>Close Period</source>
        <translation>结账</translation>
    </message>
    <message>
        <source>Close %1? Nothing can be posted into it any more — neither vouchers nor the automatic postings of stock moves dated in it.</source>
        <translation>确定要对 %1 结账吗？结账后不能再向该期间过账 — 既不能过账凭证，也不能对日期在该期间的库存变动自动过账。</translation>
    </message>
    <message>
        <source>Reopening it later needs its own permission and a reason.</source>
        <translation>日后反结账需要单独的权限并填写原因。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Reopen Period</source>
        <translation>反结账</translation>
    </message>
    <message>
        <source>Why does %1 have to be reopened? (kept in the audit trail)</source>
        <translation>为什么要对 %1 反结账？（将记入审计日志）</translation>
    </message>
    <message>
        <source>A reason is needed to reopen a period.</source>
        <translation>反结账必须填写原因。</translation>
    </message>
    <message>
        <source>%1 is closed.</source>
        <translation>%1 已结账。</translation>
    </message>
    <message>
        <source>%1 is open again.</source>
        <translation>%1 已反结账。</translation>
    </message>
    <message>
        <source>The books are in order.</source>
        <translation>账簿检查无误。</translation>
    </message>
    <message>
        <source>%1 entries and %2 lines checked; debits %3 = credits %4.</source>
        <translation>已检查 %1 张凭证、%2 条分录；借方 %3 = 贷方 %4。</translation>
    </message>
    <message>
        <source>The check found %1 problems:</source>
        <translation>检查发现 %1 个问题：</translation>
    </message>
    <message>
        <source>Periods %1</source>
        <translation>会计期间 %1</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>结账时间</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>结账人</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>会计期间</translation>
    </message>
    <message>
        <source>Export Periods</source>
        <translation>导出会计期间</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Finance::SettingsPage</name>
    <message>
        <source>&amp;Add Category Override…</source>
        <translation>添加类别专用科目(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove Override</source>
        <translation>删除专用科目(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save Settings</source>
        <translation>保存设置(&amp;S)</translation>
    </message>
    <message>
        <source>Books</source>
        <translation>账套</translation>
    </message>
    <message>
        <source>Chart of accounts</source>
        <translation>会计科目表</translation>
    </message>
    <message>
        <source>Reversals</source>
        <translation>冲销方式</translation>
    </message>
    <message>
        <source>Posting roles: the account each automatic posting uses</source>
        <translation>记账角色：每种自动过账所使用的科目</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>记账角色</translation>
    </message>
    <message>
        <source>Product category</source>
        <translation>产品类别</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>科目</translation>
    </message>
    <message>
        <source>Accounts already have entries: the chart stays as it is.</source>
        <translation>科目已有凭证：科目表保持不变。</translation>
    </message>
    <message>
        <source>While no account has an entry, choosing another chart replaces every account with the template's.</source>
        <translation>在所有科目均无凭证时，选择其他科目表会用模板中的科目替换全部现有科目。</translation>
    </message>
    <message>
        <source>Base currency %1 · the fiscal year starts in %2 (Admin ▸ Company)</source>
        <translation>本位币 %1 · 会计年度从 %2 开始（系统管理 ▸ 公司）</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>code or name</source>
        <translation>科目代码或名称</translation>
    </message>
    <message>
        <source>Category Override</source>
        <translation>类别专用科目</translation>
    </message>
    <message>
        <source>e.g. 原料 (as on the products)</source>
        <translation>例如：原料（与产品上的类别一致）</translation>
    </message>
    <message>
        <source>Products of this category post the role to their own account; pick it in the table, then save.</source>
        <translation>该类别的产品在此记账角色下记入其专用科目；请在表格中选择科目，然后保存。</translation>
    </message>
    <message>
        <source>Chart of Accounts</source>
        <translation>会计科目表</translation>
    </message>
    <message>
        <source>Replace every account with the chart “%1”?</source>
        <translation>是否用科目表“%1”替换全部科目？</translation>
    </message>
    <message>
        <source>Replace the Chart</source>
        <translation>替换科目表</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>没有需要保存的内容。</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Finance::StatementDialog</name>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Customer Statement</source>
        <translation>客户对账单</translation>
    </message>
    <message>
        <source>Type a name, code or phone number…</source>
        <translation>输入名称、编码或电话号码…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>单据</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>借方</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>贷方</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>期初余额</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>期末余额</translation>
    </message>
    <message>
        <source>Aging as of %1: not yet due %2 · 1–30 days %3 · 31–60 days %4 · 61–90 days %5 · over 90 days %6 · unapplied %7 · total %8</source>
        <translation>截至 %1 的账龄：未到期 %2 · 1–30 天 %3 · 31–60 天 %4 · 61–90 天 %5 · 90 天以上 %6 · 未核销 %7 · 合计 %8</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Finance::StatementsPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Transfer VAT…</source>
        <translation>结转增值税(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Balance sheet</source>
        <translation>资产负债表</translation>
    </message>
    <message>
        <source>Income statement</source>
        <translation>利润表</translation>
    </message>
    <message>
        <source>VAT summary</source>
        <translation>增值税汇总</translation>
    </message>
    <message>
        <source>The month: the balance sheet at its end, the income statement of the month and the year so far, VAT for the twelve months up to it</source>
        <translation>月份：资产负债表取月末数，利润表取本月数和本年累计数，增值税显示截至该月的十二个月</translation>
    </message>
    <message>
        <source>Export the report as shown to Excel (XLSX) or CSV (Ctrl+E)</source>
        <translation>按当前显示将报表导出为 Excel (XLSX) 或 CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行次</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>期末余额</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月金额</translation>
    </message>
    <message>
        <source>Start of year</source>
        <translation>年初余额</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>本年累计金额</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>平衡</translation>
    </message>
    <message>
        <source>Not balanced</source>
        <translation>不平衡</translation>
    </message>
    <message>
        <source>Total assets equal liabilities plus equity.</source>
        <translation>资产总计等于负债和所有者权益总计。</translation>
    </message>
    <message>
        <source>Assets differ from liabilities plus equity: run the books' check under Periods.</source>
        <translation>资产与负债和所有者权益不相等：请在“会计期间”中运行账套检查。</translation>
    </message>
    <message>
        <source>At %1; profit not yet closed into current-year profit is shown as retained earnings.</source>
        <translation>截至 %1；尚未结转本年利润的损益计入未分配利润。</translation>
    </message>
    <message>
        <source>The month %1 and the fiscal year from %2 to its end.</source>
        <translation>本月为 %1，本年累计自 %2 起至该月末。</translation>
    </message>
    <message>
        <source>Output VAT</source>
        <translation>销项税额</translation>
    </message>
    <message>
        <source>Input VAT</source>
        <translation>进项税额</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>应纳税额</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>已转出</translation>
    </message>
    <message>
        <source>To transfer</source>
        <translation>待转出</translation>
    </message>
    <message>
        <source>Carried forward</source>
        <translation>留抵税额</translation>
    </message>
    <message>
        <source>Unpaid VAT</source>
        <translation>未交增值税</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Transfer VAT</source>
        <translation>结转增值税</translation>
    </message>
    <message>
        <source>Book the month-end VAT transfer of %1?</source>
        <translation>生成 %1 的月末增值税结转凭证？</translation>
    </message>
    <message>
        <source>The month's payable VAT (output less input VAT and any credit carried forward) moves to unpaid VAT in an entry dated the month's last day. A month already transferred gets nothing.</source>
        <translation>本月应交增值税（销项减进项及上月留抵）将以本月最后一天为日期转入未交增值税。已结转的月份不会重复生成凭证。</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>结转</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Nothing to transfer for %1; carried forward: %2.</source>
        <translation>%1 无需结转；留抵税额：%2。</translation>
    </message>
    <message>
        <source>%1 of VAT for %2 moved to unpaid VAT.</source>
        <translation>%2 的增值税 %1 已转入未交增值税。</translation>
    </message>
    <message>
        <source>VAT %1 – %2</source>
        <translation>增值税 %1 – %2</translation>
    </message>
    <message>
        <source>Balance sheet %1</source>
        <translation>资产负债表 %1</translation>
    </message>
    <message>
        <source>Income statement %1</source>
        <translation>利润表 %1</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <source>Book the month-end entry that moves the month's payable VAT to unpaid VAT</source>
        <translation>生成月末凭证，将本月应交增值税转入未交增值税（转出未交增值税）</translation>
    </message>
    <message>
        <source>From the ledger's VAT accounts. Net = output less input VAT; what a month does not transfer because input VAT was larger is carried forward.</source>
        <translation>取自总账的增值税科目。应纳税额 = 销项税额 − 进项税额；进项大于销项时不转出，差额留抵下月。</translation>
    </message>
    <message>
        <source>Receivables aging</source>
        <translation>应收账款账龄</translation>
    </message>
    <message>
        <source>Payables aging</source>
        <translation>应付账款账龄</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Not due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 天</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 天</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 天</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>90 天以上</translation>
    </message>
    <message>
        <source>Unapplied</source>
        <translation>未核销</translation>
    </message>
    <message>
        <source>Open invoices by days past their due date as of %1; unapplied: payments not yet matched to an invoice.</source>
        <translation>截至 %1 按逾期天数列示的未结发票；未核销：尚未与发票核销的款项。</translation>
    </message>
    <message>
        <source>Journal listing</source>
        <translation>序时账</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>科目编码</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>科目名称</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>借方</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>贷方</translation>
    </message>
    <message>
        <source>The first %1 of the month's %2 posted lines, in date order; the totals are the whole month's. Enter or a double-click opens a line's voucher.</source>
        <translation>按日期列出本月 %2 条已过账分录中的前 %1 条；合计为全月数。按回车键或双击打开该行的凭证。</translation>
    </message>
    <message>
        <source>Every posted line of the month in date order. Enter or a double-click opens a line's voucher.</source>
        <translation>按日期列出本月全部已过账分录。按回车键或双击打开该行的凭证。</translation>
    </message>
    <message>
        <source>Journal listing %1 – %2</source>
        <translation>序时账 %1 – %2</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Finance::TrialBalance</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the trial balance as shown to Excel (XLSX) or CSV (Ctrl+E)</source>
        <translation>将当前显示的试算平衡表导出为 Excel (XLSX) 或 CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>科目代码</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>科目名称</translation>
    </message>
    <message>
        <source>Opening debit</source>
        <translation>期初借方</translation>
    </message>
    <message>
        <source>Opening credit</source>
        <translation>期初贷方</translation>
    </message>
    <message>
        <source>Period debit</source>
        <translation>本期借方</translation>
    </message>
    <message>
        <source>Period credit</source>
        <translation>本期贷方</translation>
    </message>
    <message>
        <source>Closing debit</source>
        <translation>期末借方</translation>
    </message>
    <message>
        <source>Closing credit</source>
        <translation>期末贷方</translation>
    </message>
    <message>
        <source>Enter or double-click an account: its ledger for these months</source>
        <translation>Enter 或双击科目：查看该科目在这些月份的明细账</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>平衡</translation>
    </message>
    <message>
        <source>Not balanced</source>
        <translation>不平衡</translation>
    </message>
    <message>
        <source>Opening, period and closing debits equal the credits.</source>
        <translation>期初、本期和期末的借方合计均等于贷方合计。</translation>
    </message>
    <message>
        <source>Debits and credits differ: run the check under Periods.</source>
        <translation>借贷不相等：请在“会计期间”中运行检查。</translation>
    </message>
    <message>
        <source>Nothing was booked in these months.</source>
        <translation>这些月份没有任何记账。</translation>
    </message>
    <message>
        <source>Trial balance %1 – %2</source>
        <translation>试算平衡表 %1 – %2</translation>
    </message>
    <message>
        <source>Trial balance</source>
        <translation>试算平衡表</translation>
    </message>
    <message>
        <source>Export Trial Balance</source>
        <translation>导出试算平衡表</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Finance::VoucherDialog</name>
    <message>
        <source>&amp;Post</source>
        <translation>过账(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Reverse…</source>
        <translation>冲销(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Discard Draft</source>
        <translation>删除草稿(&amp;D)</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>打印(&amp;I)…</translation>
    </message>
    <message>
        <source>e.g. 支付办公室租金 / Office rent for March</source>
        <translation>例如：支付办公室租金</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>凭证字(&amp;J)</translation>
    </message>
    <message>
        <source>Da&amp;te</source>
        <translation>日期(&amp;T)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>说明(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Save Draft</source>
        <translation>保存草稿(&amp;S)</translation>
    </message>
    <message>
        <source>Keep as a draft without a number (Ctrl+S)</source>
        <translation>保存为草稿，暂不分配凭证号 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Book the entry: it gets its number and counts in every report (Ctrl+Return)</source>
        <translation>过账：分配凭证号，并计入所有报表 (Ctrl+Return)</translation>
    </message>
    <message>
        <source>A posted entry never changes: book its reversal instead</source>
        <translation>已过账的凭证不可修改：请改为冲销</translation>
    </message>
    <message>
        <source>Print Preview… (Ctrl+P)</source>
        <translation>打印预览… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>New Voucher</source>
        <translation>新增凭证</translation>
    </message>
    <message>
        <source>Voucher %1</source>
        <translation>凭证 %1</translation>
    </message>
    <message>
        <source>Draft Voucher</source>
        <translation>草稿凭证</translation>
    </message>
    <message>
        <source>assigned when posted</source>
        <translation>过账时分配</translation>
    </message>
    <message>
        <source>reverses an earlier entry</source>
        <translation>冲销以前的凭证</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>已冲销</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手工</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Debit %1</source>
        <translation>借方 %1</translation>
    </message>
    <message>
        <source>Credit %1</source>
        <translation>贷方 %1</translation>
    </message>
    <message>
        <source>Difference %1</source>
        <translation>差额 %1</translation>
    </message>
    <message>
        <source>The debits exceed the credits.</source>
        <translation>借方金额大于贷方金额。</translation>
    </message>
    <message>
        <source>The credits exceed the debits.</source>
        <translation>贷方金额大于借方金额。</translation>
    </message>
    <message>
        <source>No amounts yet</source>
        <translation>尚未输入金额</translation>
    </message>
    <message>
        <source>Balanced ✓</source>
        <translation>借贷平衡 ✓</translation>
    </message>
    <message>
        <source>In words: %1</source>
        <translation>大写：%1</translation>
    </message>
    <message>
        <source>Posted as %1.</source>
        <translation>已过账，凭证号 %1。</translation>
    </message>
    <message>
        <source>Saved as a draft: post it when it is complete.</source>
        <translation>已保存为草稿：填写完整后请过账。</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>草稿已保存。</translation>
    </message>
    <message>
        <source>The entry was not saved: see the lines.</source>
        <translation>凭证未保存：请检查各分录。</translation>
    </message>
    <message>
        <source>Someone else changed this draft while you were editing it.</source>
        <translation>在您编辑期间，其他人修改了此草稿。</translation>
    </message>
    <message>
        <source>Reverse %1</source>
        <translation>冲销 %1</translation>
    </message>
    <message>
        <source>A posted entry never changes. Reversing books a new entry that cancels this one (as the books are set: red storno or opposite sides), linked to it both ways.</source>
        <translation>已过账的凭证不可修改。冲销会按账套设置（红字冲销或反向冲销）生成一张抵消本凭证的新凭证，两张凭证相互关联。</translation>
    </message>
    <message>
        <source>Reversal of %1</source>
        <translation>冲销凭证 %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>冲销</translation>
    </message>
    <message>
        <source>%1 was reversed by %2.</source>
        <translation>%1 已被 %2 冲销。</translation>
    </message>
    <message>
        <source>Discard Draft</source>
        <translation>删除草稿</translation>
    </message>
    <message>
        <source>Delete this draft voucher? It never had a number, so no gap is left.</source>
        <translation>删除此草稿凭证？它从未分配凭证号，因此不会造成断号。</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Finance::VoucherGrid</name>
    <message>
        <source>No active account matches “%1”.</source>
        <translation>没有与“%1”匹配的启用科目。</translation>
    </message>
    <message>
        <source>Add Line</source>
        <translation>新增分录</translation>
    </message>
    <message>
        <source>Remove Line</source>
        <translation>删除分录</translation>
    </message>
    <message>
        <source>Add a line (Insert or Ctrl+N)</source>
        <translation>新增一行分录 (Insert 或 Ctrl+N)</translation>
    </message>
    <message>
        <source>Remove the selected line (Delete)</source>
        <translation>删除所选分录 (Delete)</translation>
    </message>
    <message>
        <source>Summary → account (code or name) → debit or credit · Enter or Tab: next cell · =: the balancing amount · Insert: new line · Delete: remove line</source>
        <translation>摘要 → 科目（代码或名称）→ 借方或贷方 · Enter 或 Tab：下一单元格 · =：填入平衡金额 · Insert：新增分录 · Delete：删除分录</translation>
    </message>
    <message>
        <source>Several accounts match “%1”: type more, or press Enter in the cell and choose one from the list.</source>
        <translation>有多个科目与“%1”匹配：请继续输入，或在单元格中按 Enter 从列表中选择。</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <extracomment>An error of the voucher lines: "Line 2, Debit: is not an amount."</extracomment>
        <translation>第 %1 行，%2：%3</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Finance::VoucherLinesModel</name>
    <message>
        <source>Press = to fill in the amount that balances the entry.</source>
        <translation>按 = 键填入使凭证借贷平衡的金额。</translation>
    </message>
    <message>
        <source>Not an amount with at most 2 decimals.</source>
        <translation>不是有效金额（最多 2 位小数）。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Account (code or name)</source>
        <translation>科目（代码或名称）</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>借方</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>贷方</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Finance::VoucherPrint</name>
    <message>
        <source>Journal Voucher</source>
        <translation>记账凭证</translation>
    </message>
    <message>
        <source>Print Voucher %1</source>
        <translation>打印凭证 %1</translation>
    </message>
    <message>
        <source>Voucher %1.pdf</source>
        <translation>凭证 %1.pdf</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Save Voucher as PDF</source>
        <translation>将凭证另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>凭证</translation>
    </message>
    <message>
        <source>The voucher was saved as %1.</source>
        <translation>凭证已保存为 %1。</translation>
    </message>
    <message>
        <source>Open It</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Erp::Client::FormDialog</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>放弃所做的修改？</translation>
    </message>
    <message>
        <source>The changes you made in this form have not been saved.</source>
        <translation>您在此表单中所做的修改尚未保存。</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <source>Someone else changed this record while you were editing it.</source>
        <translation>在您编辑期间，该记录已被他人修改。</translation>
    </message>
    <message>
        <source>Reload to see their changes (your edits in this form will be lost), or keep editing and copy your changes first.</source>
        <translation>重新加载以查看对方的修改（您在此表单中的修改将丢失），或继续编辑并先复制您的修改。</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Reload to see their version (your edits in this form will be lost), compare their version with yours first, or keep editing.</source>
        <translation>重新加载以查看对方的版本（您在此表单中的修改将丢失），也可以先比较对方的版本和您的版本，或继续编辑。</translation>
    </message>
    <message>
        <source>Show Changes…</source>
        <translation>查看差异…</translation>
    </message>
</context>
<context>
    <name>Erp::Client::FormErrors</name>
    <message>
        <source>%1 %2</source>
        <extracomment>A field error followed by the rule the value must follow</extracomment>
        <translation>%1%2</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Format</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Hr::DepartmentsPage</name>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>员工数</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>编制</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>在岗</translation>
    </message>
    <message>
        <source>Vacancies</source>
        <translation>空缺</translation>
    </message>
    <message>
        <source>New Department…</source>
        <translation>新建部门…</translation>
    </message>
    <message>
        <source>Edit Department…</source>
        <translation>编辑部门…</translation>
    </message>
    <message>
        <source>Archive Department</source>
        <translation>归档部门</translation>
    </message>
    <message>
        <source>New Position…</source>
        <translation>新建岗位…</translation>
    </message>
    <message>
        <source>Edit Position…</source>
        <translation>编辑岗位…</translation>
    </message>
    <message>
        <source>Archive Position</source>
        <translation>归档岗位</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Hr::EmployeeDialog</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>自动生成</translation>
    </message>
    <message>
        <source>e.g. 王小明</source>
        <translation>例如 王小明</translation>
    </message>
    <message>
        <source>N&amp;umber</source>
        <translation>工号(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>性别(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>出生日期(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>电子邮件(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>Emergency &amp;contact</source>
        <translation>紧急联系人(&amp;C)</translation>
    </message>
    <message>
        <source>Emergency p&amp;hone</source>
        <translation>紧急联系电话(&amp;H)</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Type a name or number</source>
        <translation>输入姓名或工号</translation>
    </message>
    <message>
        <source>&amp;Hire date</source>
        <translation>入职日期(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>部门(&amp;D)</translation>
    </message>
    <message>
        <source>P&amp;osition</source>
        <translation>岗位(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation>直属上级(&amp;M)</translation>
    </message>
    <message>
        <source>Employment &amp;type</source>
        <translation>用工类型(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Leave date</source>
        <translation>离职日期(&amp;L)</translation>
    </message>
    <message>
        <source>Leave &amp;reason</source>
        <translation>离职原因(&amp;R)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End (empty: open-ended)</source>
        <translation>结束日期（留空表示无固定期限）</translation>
    </message>
    <message>
        <source>Probation ends</source>
        <translation>试用期截止日</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>续签</translation>
    </message>
    <message>
        <source>Add Contract</source>
        <translation>添加合同</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Con&amp;tracts</source>
        <translation>合同(&amp;T)</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>任职信息</translation>
    </message>
    <message>
        <source>18 characters, e.g. 11010519491231002X</source>
        <translation>18 位，例如 11010519491231002X</translation>
    </message>
    <message>
        <source>e.g. 上海</source>
        <translation>例如 上海</translation>
    </message>
    <message>
        <source>0 or 5.00–12.00</source>
        <translation>0 或 5.00–12.00</translation>
    </message>
    <message>
        <source>Only child (the whole elderly support deduction)</source>
        <translation>独生子女（全额享受赡养老人扣除）</translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation>身份证号(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Bank</source>
        <translation>开户银行(&amp;B)</translation>
    </message>
    <message>
        <source>Bank &amp;account</source>
        <translation>银行账号(&amp;A)</translation>
    </message>
    <message>
        <source>Social insurance &amp;city</source>
        <translation>社保缴纳城市(&amp;C)</translation>
    </message>
    <message>
        <source>Contribution &amp;base (month)</source>
        <translation>缴费基数（月）(&amp;B)</translation>
    </message>
    <message>
        <source>Housing &amp;fund rate (%)</source>
        <translation>公积金比例（%）(&amp;F)</translation>
    </message>
    <message>
        <source>Children in &amp;education</source>
        <translation>子女教育（人数）(&amp;E)</translation>
    </message>
    <message>
        <source>Children &amp;under three</source>
        <translation>3岁以下婴幼儿照护（人数）(&amp;U)</translation>
    </message>
    <message>
        <source>Continuing e&amp;ducation</source>
        <translation>继续教育(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Housing</source>
        <translation>住房(&amp;H)</translation>
    </message>
    <message>
        <source>Elderly support &amp;share (month)</source>
        <translation>赡养老人分摊额（月）(&amp;S)</translation>
    </message>
    <message>
        <source>Pay &amp;&amp; Private</source>
        <translation>薪酬和隐私信息</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1（在岗 %2 / 编制 %3）</translation>
    </message>
    <message>
        <source>New Employee</source>
        <translation>新建员工</translation>
    </message>
    <message>
        <source>Employee %1 — %2</source>
        <translation>员工 %1 — %2</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Enter the employee's name.</source>
        <translation>请输入员工姓名。</translation>
    </message>
    <message>
        <source>Enter a date such as 1990-03-07.</source>
        <translation>请输入日期，例如 1990-03-07。</translation>
    </message>
    <message>
        <source>Enter the hire date.</source>
        <translation>请输入入职日期。</translation>
    </message>
    <message>
        <source>Enter a date such as 2024-03-01.</source>
        <translation>请输入日期，例如 2024-03-01。</translation>
    </message>
    <message>
        <source>Enter a date such as 2026-03-31.</source>
        <translation>请输入日期，例如 2026-03-31。</translation>
    </message>
    <message>
        <source>Enter the day the employee left.</source>
        <translation>请输入员工的离职日期。</translation>
    </message>
    <message>
        <source>Enter why the employee left.</source>
        <translation>请输入员工的离职原因。</translation>
    </message>
    <message>
        <source>The birth date does not match the ID number (%1).</source>
        <translation>出生日期与身份证号不符（%1）。</translation>
    </message>
    <message>
        <source>The gender does not match the ID number.</source>
        <translation>性别与身份证号不符。</translation>
    </message>
    <message>
        <source>Someone else saved this employee while you were editing it.</source>
        <translation>在您编辑期间，其他人已保存了该员工。</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Hr::EmployeeList</name>
    <message>
        <source>Number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>直属上级</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>用工类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>所有部门</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>在册</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>No employees yet — press Ctrl+N to add one.</source>
        <translation>还没有员工 — 按 Ctrl+N 新建。</translation>
    </message>
    <message>
        <source>No employees to show.</source>
        <translation>没有可显示的员工。</translation>
    </message>
    <message>
        <source>No employee matches the search or the filters.</source>
        <translation>没有符合搜索或筛选条件的员工。</translation>
    </message>
    <message>
        <source>Name, number, phone, e-mail… (Ctrl+F)</source>
        <translation>姓名、工号、电话、电子邮件…（Ctrl+F）</translation>
    </message>
    <message>
        <source>New Employee…</source>
        <translation>新建员工…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import employees from a CSV or Excel file</source>
        <translation>从 CSV 或 Excel 文件导入员工</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Employee %1 (%2) saved.</source>
        <translation>员工 %1（%2）已保存。</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Hr::HrPage</name>
    <message>
        <source>Employees</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Org Chart</source>
        <translation>组织架构图</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>人力资源</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Hr::HrText</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Full-time</source>
        <translation>全职</translation>
    </message>
    <message>
        <source>Part-time</source>
        <translation>兼职</translation>
    </message>
    <message>
        <source>Intern</source>
        <translation>实习</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>劳务</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>On leave</source>
        <translation>休假中</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>已离职</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Degree education (monthly)</source>
        <translation>学历（学位）继续教育（按月）</translation>
    </message>
    <message>
        <source>Professional certificate (this year)</source>
        <translation>职业资格继续教育（当年）</translation>
    </message>
    <message>
        <source>Housing loan interest</source>
        <translation>住房贷款利息</translation>
    </message>
    <message>
        <source>Rent — provincial capital or larger (1,500)</source>
        <translation>住房租金 — 直辖市、省会等城市（1,500）</translation>
    </message>
    <message>
        <source>Rent — city over 1 million (1,100)</source>
        <translation>住房租金 — 市辖区户籍人口超过 100 万的城市（1,100）</translation>
    </message>
    <message>
        <source>Rent — other city (800)</source>
        <translation>住房租金 — 其他城市（800）</translation>
    </message>
    <message>
        <source>The ID number must be 18 characters long (it has %1).</source>
        <translation>身份证号必须为 18 位（当前为 %1 位）。</translation>
    </message>
    <message>
        <source>The ID number must be 17 digits followed by a digit or X.</source>
        <translation>身份证号必须为 17 位数字加 1 位数字或 X。</translation>
    </message>
    <message>
        <source>The ID number does not hold a valid birth date.</source>
        <translation>身份证号中的出生日期无效。</translation>
    </message>
    <message>
        <source>The ID number's check character is wrong: please check the number.</source>
        <translation>身份证号校验码错误：请核对号码。</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Hr::OrgChartPage</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Ctrl+wheel or +/- zoom, 0 fits; click a circle to fold a branch; double-click a box to open the employee.</source>
        <translation>Ctrl+滚轮或 +/- 缩放，0 适应窗口；单击圆圈可折叠分支；双击方框可打开员工。</translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s)</source>
        <translation>
            <numerusform>%n 名员工</numerusform></translation>
    </message>
    <message>
        <source>Export Org Chart as PDF</source>
        <translation>将组织架构图导出为 PDF</translation>
    </message>
    <message>
        <source>Export Org Chart as PNG</source>
        <translation>将组织架构图导出为 PNG</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Org chart, %1</source>
        <translation>组织架构图，%1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Hr::OrgRecordDialog</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>New Department</source>
        <translation>新建部门</translation>
    </message>
    <message>
        <source>Department %1</source>
        <translation>部门 %1</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>自动生成</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>编码(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Parent</source>
        <translation>上级部门(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation>负责人(&amp;M)</translation>
    </message>
    <message>
        <source>New Position</source>
        <translation>新建岗位</translation>
    </message>
    <message>
        <source>Position %1</source>
        <translation>岗位 %1</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>岗位名称(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>部门(&amp;D)</translation>
    </message>
    <message>
        <source>Planned &amp;headcount</source>
        <translation>计划编制(&amp;H)</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>此项为必填项。</translation>
    </message>
</context>
<context>
    <name>Erp::Client::ImportCheckPage</name>
    <message>
        <source>&amp;Stop Checking</source>
        <translation>停止检查(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Save Problems…</source>
        <translation>保存问题列表(&amp;S)…</translation>
    </message>
    <message>
        <source>Check the File</source>
        <translation>检查文件</translation>
    </message>
    <message>
        <source>Every row is checked as it would be imported. Nothing is saved yet.</source>
        <translation>按实际导入的方式逐行检查，此时尚未保存任何数据。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Save Problems</source>
        <translation>保存问题列表</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Checking was stopped. Nothing was imported.</source>
        <translation>检查已停止，未导入任何数据。</translation>
    </message>
    <message>
        <source>%1 rows checked…</source>
        <translation>已检查 %1 行…</translation>
    </message>
    <message>
        <source>%1 rows checked: no problems. Click Import to save them all.</source>
        <translation>已检查 %1 行：没有问题。点击“导入”即可全部保存。</translation>
    </message>
    <message>
        <source>%1 rows checked: %2 problems. Correct the file and check it again; nothing is imported while a row has a problem.</source>
        <translation>已检查 %1 行：发现 %2 个问题。请修正文件后重新检查；只要有一行存在问题，就不会导入任何数据。</translation>
    </message>
</context>
<context>
    <name>Erp::Client::ImportFilePage</name>
    <message>
        <source>Choose a File</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>A CSV file (UTF-8 or GBK, as Excel saves it) or an Excel workbook (.xlsx, the first sheet). The first row names the columns.</source>
        <translation>CSV 文件（UTF-8 或 GBK 编码，即 Excel 保存的格式）或 Excel 工作簿（.xlsx，读取第一个工作表）。第一行为列名。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Import File</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>电子表格 (*.csv *.xlsx *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Excel workbook, sheet "%1"</source>
        <translation>Excel 工作簿，工作表“%1”</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>CSV file, %1, separated by %2</source>
        <translation>CSV 文件，%1，以%2分隔</translation>
    </message>
    <message>
        <source>%1. %2 columns: %3</source>
        <translation>%1。共 %2 列：%3</translation>
    </message>
</context>
<context>
    <name>Erp::Client::ImportMappingPage</name>
    <message>
        <source>Match the Columns</source>
        <translation>对应列</translation>
    </message>
    <message>
        <source>Choose the field each column of the file fills. Columns set to "(skip)" are not imported. Your choice is remembered for the next file.</source>
        <translation>为文件中的每一列选择对应的字段。设为“（跳过）”的列不会导入。您的选择会被记住，供下次导入时使用。</translation>
    </message>
    <message>
        <source>Column in the File</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>(skip)</source>
        <translation>（跳过）</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Required fields without a column: %1</source>
        <translation>以下必填字段没有对应的列：%1</translation>
    </message>
    <message>
        <source>Fields chosen for two columns: %1</source>
        <translation>以下字段同时对应了两列：%1</translation>
    </message>
    <message>
        <source>Every required field has a column.</source>
        <translation>所有必填字段都已有对应的列。</translation>
    </message>
</context>
<context>
    <name>Erp::Client::ImportRunPage</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>All rows are saved together: either every row or none.</source>
        <translation>所有行将一起保存：要么全部保存，要么全部不保存。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Import finished: %1 created, %2 updated, %3 unchanged.</source>
        <translation>导入完成：新建 %1 条，更新 %2 条，%3 条未变化。</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何数据。</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>Erp::Client::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入%1</translation>
    </message>
    <message>
        <source>A value is required.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message>
        <source>"%1" appears already in row %2 of the file.</source>
        <translation>“%1”已在文件第 %2 行中出现。</translation>
    </message>
    <message>
        <source>"%1" is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <source>"%1" is not a whole number.</source>
        <translation>“%1”不是整数。</translation>
    </message>
    <message>
        <source>"%1" is not a date (write it as 2026-11-27).</source>
        <translation>“%1”不是日期（请按 2026-11-27 的格式填写）。</translation>
    </message>
    <message>
        <source>"%1" is neither yes nor no.</source>
        <translation>“%1”既不是“是”也不是“否”。</translation>
    </message>
    <message>
        <source>There is no product with the SKU "%1".</source>
        <translation>不存在 SKU 为“%1”的产品。</translation>
    </message>
    <message>
        <source>There is no warehouse with the code "%1".</source>
        <translation>不存在编码为“%1”的仓库。</translation>
    </message>
    <message>
        <source>An opening balance of %1 was already posted for this product in this warehouse.</source>
        <translation>该产品在此仓库中已过账期初库存 %1。</translation>
    </message>
    <message>
        <source>There is no user "%1".</source>
        <translation>不存在用户“%1”。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The file has a header row but no data rows.</source>
        <translation>文件只有表头行，没有数据行。</translation>
    </message>
    <message>
        <source>Line %1 of the file holds characters that are neither UTF-8 nor GBK. Save the file as "CSV UTF-8" in Excel and try again.</source>
        <translation>文件第 %1 行包含既非 UTF-8 也非 GBK 编码的字符。请在 Excel 中将文件另存为“CSV UTF-8”格式后重试。</translation>
    </message>
    <message>
        <source>The quoted cell that starts on line %1 never ends.</source>
        <translation>从第 %1 行开始的带引号单元格缺少结束引号。</translation>
    </message>
    <message>
        <source>The file is %1 MB; at most %2 MB can be imported at once. Split it.</source>
        <translation>文件大小为 %1 MB，一次最多只能导入 %2 MB。请拆分文件。</translation>
    </message>
    <message>
        <source>Old Excel files (.xls) cannot be read. Save the file as .xlsx or CSV.</source>
        <translation>无法读取旧版 Excel 文件（.xls）。请将文件另存为 .xlsx 或 CSV 格式。</translation>
    </message>
    <message>
        <source>The file is not a readable Excel workbook.</source>
        <translation>该文件不是可读取的 Excel 工作簿。</translation>
    </message>
    <message>
        <source>The file cannot be opened.</source>
        <translation>无法打开该文件。</translation>
    </message>
    <message>
        <source>Import finished: %1 created, %2 updated, %3 unchanged.</source>
        <translation>导入完成：新建 %1 条，更新 %2 条，%3 条未变化。</translation>
    </message>
    <message>
        <source>Import Customers</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <source>Import Products</source>
        <translation>导入产品</translation>
    </message>
    <message>
        <source>Import Warehouses</source>
        <translation>导入仓库</translation>
    </message>
    <message>
        <source>Import Opening Stock</source>
        <translation>导入期初库存</translation>
    </message>
    <message>
        <source>Import Suppliers</source>
        <translation>导入供应商</translation>
    </message>
    <message>
        <source>Import Open Orders</source>
        <translation>导入未结订单</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Inventory::CountDialog</name>
    <message>
        <source>Show differences only</source>
        <translation>仅显示有差异的行</translation>
    </message>
    <message>
        <source>Post Count…</source>
        <translation>盘点过账…</translation>
    </message>
    <message>
        <source>Cancel Count…</source>
        <translation>取消盘点…</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>账面数量</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>实盘数量</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Save Counts</source>
        <translation>保存盘点数量</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Stock Count %1</source>
        <translation>盘点单 %1</translation>
    </message>
    <message>
        <source>warehouse #%1</source>
        <translation>仓库 #%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</translation>
    </message>
    <message>
        <source> · category %1</source>
        <translation> · 类别 %1</translation>
    </message>
    <message>
        <source>Type the counted quantity of each line and press Enter for the next. Leave a line empty when it was not counted.</source>
        <translation>逐行输入实盘数量，按 Enter 跳到下一行。未盘点的行请留空。</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>%1 of %2 lines counted · %3 with a difference</source>
        <translation>已盘 %1 / %2 行 · %3 行有差异</translation>
    </message>
    <message>
        <source>Post Stock Count</source>
        <translation>盘点过账</translation>
    </message>
    <message>
        <source>Post the count? No quantity differs from the expected one.</source>
        <translation>过账该盘点单？所有数量均与账面数量一致。</translation>
    </message>
    <message>
        <source>Post the count? 1 line differs: the difference becomes a stock adjustment.</source>
        <translation>过账该盘点单？有 1 行存在差异：差异将生成库存调整。</translation>
    </message>
    <message>
        <source>Post the count? %1 lines differ: each difference becomes a stock adjustment.</source>
        <translation>过账该盘点单？有 %1 行存在差异：每项差异都将生成库存调整。</translation>
    </message>
    <message>
        <source>Lines left empty are not changed. A posted count cannot be changed any more.</source>
        <translation>留空的行不做调整。盘点单过账后不能再修改。</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>过账</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Cancel Stock Count</source>
        <translation>取消盘点</translation>
    </message>
    <message>
        <source>Cancel this count? Nothing is adjusted.</source>
        <translation>取消该盘点单？不会调整任何库存。</translation>
    </message>
    <message>
        <source>Someone else changed this count while you were entering quantities.</source>
        <translation>在您录入数量期间，其他人修改了该盘点单。</translation>
    </message>
    <message>
        <source>Stock Count Sheet</source>
        <translation>盘点表</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Inventory::CountList</name>
    <message>
        <source>Number</source>
        <translation>盘点单号</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>已盘点</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>No stock counts yet — click New Count… to count a warehouse.</source>
        <translation>还没有盘点单 — 点击“新建盘点…”对仓库进行盘点。</translation>
    </message>
    <message>
        <source>No stock counts yet.</source>
        <translation>还没有盘点单。</translation>
    </message>
    <message>
        <source>No count in this state.</source>
        <translation>没有该状态的盘点单。</translation>
    </message>
    <message>
        <source>New Count…</source>
        <translation>新建盘点…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Stock Count</source>
        <translation>盘点单</translation>
    </message>
    <message>
        <source>Count %1 posted.</source>
        <translation>盘点单 %1 已过账。</translation>
    </message>
    <message>
        <source>Count %1 cancelled.</source>
        <translation>盘点单 %1 已取消。</translation>
    </message>
    <message>
        <source>Stock counts</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>the selected count's sheet</source>
        <translation>选中盘点单的盘点表</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Inventory::InventoryDocuments</name>
    <message>
        <source>Purchase Order</source>
        <translation>采购订单</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>订单日期</translation>
    </message>
    <message>
        <source>Expected delivery</source>
        <translation>预计到货日期</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>账期</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Deliver to</source>
        <translation>送货地址</translation>
    </message>
    <message>
        <source>Please confirm this order with its delivery date and quote our order number on the delivery note and the invoice.</source>
        <translation>请确认本订单及交货日期，并在送货单和发票上注明我方订单号。</translation>
    </message>
    <message>
        <source>Ordered by</source>
        <translation>采购员</translation>
    </message>
    <message>
        <source>Confirmed by the supplier (stamp)</source>
        <translation>供应商确认（盖章）</translation>
    </message>
    <message>
        <source>Stock Count Sheet</source>
        <translation>盘点表</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Inventory::InventoryPage</name>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Stock by Warehouse</source>
        <translation>分仓库存</translation>
    </message>
    <message>
        <source>Stock Moves</source>
        <translation>库存流水</translation>
    </message>
    <message>
        <source>Low Stock</source>
        <translation>低库存</translation>
    </message>
    <message>
        <source>Stock Counts</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>Purchase Orders</source>
        <translation>采购订单</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Replenishment</source>
        <translation>补货</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Warehouses</source>
        <translation>仓库</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Inventory::InventoryText</name>
    <message>
        <source>%1%</source>
        <extracomment>A percentage, e.g. "13%"</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>入库</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>出库</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>调拨</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>库存调整</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Scrap</source>
        <translation>报废</translation>
    </message>
    <message>
        <source>Sales order</source>
        <translation>销售订单</translation>
    </message>
    <message>
        <source>Purchase order</source>
        <translation>采购订单</translation>
    </message>
    <message>
        <source>Stock count</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手工</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>已过账</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Partially received</source>
        <translation>部分收货</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收货</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Cancel Order</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <source>Receive…</source>
        <translation>收货…</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>期初余额</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Inventory::LowStockList</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用库存</translation>
    </message>
    <message>
        <source>Reorder point</source>
        <translation>再订货点</translation>
    </message>
    <message>
        <source>Reorder qty</source>
        <translation>再订货量</translation>
    </message>
    <message>
        <source>Shortage</source>
        <translation>缺口数量</translation>
    </message>
    <message>
        <source>Backordered</source>
        <translation>欠货</translation>
    </message>
    <message>
        <source>No product is below its reorder point.</source>
        <translation>没有产品低于再订货点。</translation>
    </message>
    <message>
        <source>Replenish…</source>
        <translation>补货…</translation>
    </message>
    <message>
        <source>Propose purchase orders for what runs low</source>
        <translation>为库存不足的产品生成采购订单建议</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>低库存</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Inventory::MovesList</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>单据</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>All warehouses</source>
        <translation>所有仓库</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>不限时间</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>最近 365 天</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>No stock moves yet. Receipts, shipments, adjustments and transfers appear here.</source>
        <translation>还没有库存流水。入库、出库、库存调整和调拨记录会显示在这里。</translation>
    </message>
    <message>
        <source>No move matches the search or filters.</source>
        <translation>没有符合搜索或筛选条件的库存流水。</translation>
    </message>
    <message>
        <source>SKU, product, document, reason… (Ctrl+F)</source>
        <translation>SKU、产品、单据、原因…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Stock moves</source>
        <translation>库存流水</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Inventory::NewCountDialog</name>
    <message>
        <source>New Stock Count</source>
        <translation>新建盘点</translation>
    </message>
    <message>
        <source>all categories</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <source>&amp;Warehouse</source>
        <translation>仓库(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>类别(&amp;C)</translation>
    </message>
    <message>
        <source>The count lists every product of the warehouse (or category) with the quantity the system expects now.</source>
        <translation>盘点单会列出该仓库（或该类别）的所有产品及系统当前的账面数量。</translation>
    </message>
    <message>
        <source>Start Count</source>
        <translation>开始盘点</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Inventory::ProductDialog</name>
    <message>
        <source>e.g. CUP-500-BL</source>
        <translation>例如 CUP-500-BL</translation>
    </message>
    <message>
        <source>e.g. 不锈钢保温杯 500ml</source>
        <translation>例如 不锈钢保温杯 500ml</translation>
    </message>
    <message>
        <source>e.g. Kitchenware</source>
        <translation>例如 厨房用品</translation>
    </message>
    <message>
        <source>EAN-13, optional</source>
        <translation>EAN-13，选填</translation>
    </message>
    <message>
        <source>Percent, e.g. 13.00</source>
        <translation>百分比，例如 13.00</translation>
    </message>
    <message>
        <source>When the available quantity falls below this, the product shows as low stock.</source>
        <translation>可用数量低于此值时，该产品显示为低库存。</translation>
    </message>
    <message>
        <source>The quantity replenishment proposes to order.</source>
        <translation>补货时建议订购的数量。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;SKU</source>
        <translation>SKU(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>类别(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Barcode</source>
        <translation>条码(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;List price</source>
        <translation>标准售价(&amp;L)</translation>
    </message>
    <message>
        <source>C&amp;ost</source>
        <translation>成本(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Tax rate (%)</source>
        <translation>税率（%）(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Reorder point</source>
        <translation>再订货点(&amp;R)</translation>
    </message>
    <message>
        <source>Reorder &amp;quantity</source>
        <translation>再订货量(&amp;Q)</translation>
    </message>
    <message>
        <source>Default su&amp;pplier</source>
        <translation>默认供应商(&amp;P)</translation>
    </message>
    <message>
        <source>Shown on purchase orders and to colleagues</source>
        <translation>显示在采购订单上，同事也可以看到</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>说明(&amp;D)</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>New Product</source>
        <translation>新建产品</translation>
    </message>
    <message>
        <source>Product %1 — %2</source>
        <translation>产品 %1 — %2</translation>
    </message>
    <message>
        <source>Supplier #%1</source>
        <translation>供应商 #%1</translation>
    </message>
    <message>
        <source>This product is archived: it can no longer be ordered.</source>
        <translation>该产品已归档：不能再下单。</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Stock of a product: "SH 14 · SZ 7 — available 21"</extracomment>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 — available %2</source>
        <translation>%1 — 可用 %2</translation>
    </message>
    <message>
        <source>Someone else saved this product while you were editing it.</source>
        <translation>在您编辑期间，其他人已保存了该产品。</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Inventory::ProductList</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>标准售价</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>Reorder point</source>
        <translation>再订货点</translation>
    </message>
    <message>
        <source>Reorder qty</source>
        <translation>再订货量</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Press Enter to apply</source>
        <translation>按 Enter 应用</translation>
    </message>
    <message>
        <source>No products yet — press Ctrl+N to add the first one.</source>
        <translation>还没有产品 — 按 Ctrl+N 新建第一个产品。</translation>
    </message>
    <message>
        <source>No products yet.</source>
        <translation>还没有产品。</translation>
    </message>
    <message>
        <source>No product matches the search or filters.</source>
        <translation>没有符合搜索或筛选条件的产品。</translation>
    </message>
    <message>
        <source>SKU, name, barcode… (Ctrl+F)</source>
        <translation>SKU、名称、条码…（Ctrl+F）</translation>
    </message>
    <message>
        <source>New Product…</source>
        <translation>新建产品…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Product %1 saved.</source>
        <translation>产品 %1 已保存。</translation>
    </message>
    <message>
        <source>Archive Product</source>
        <translation>归档产品</translation>
    </message>
    <message>
        <source>Archive %1 — %2? It stays in the history and can no longer be ordered.</source>
        <translation>归档 %1 — %2？其历史记录会保留，但不能再下单。</translation>
    </message>
    <message>
        <source>Product %1 archived.</source>
        <translation>产品 %1 已归档。</translation>
    </message>
    <message>
        <source>Product %1 is active again.</source>
        <translation>产品 %1 已恢复正常。</translation>
    </message>
    <message>
        <source>Restore Product</source>
        <translation>恢复产品</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import products from a CSV or Excel file</source>
        <translation>从 CSV 或 Excel 文件导入产品</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Inventory::ProductPicker</name>
    <message>
        <source>Type a SKU, name or barcode…</source>
        <translation>输入 SKU、名称或条码…</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Inventory::PurchaseOrderDialog</name>
    <message>
        <source>Add Line</source>
        <translation>添加行</translation>
    </message>
    <message>
        <source>Remove Line</source>
        <translation>删除行</translation>
    </message>
    <message>
        <source>Purchase Order</source>
        <translation>采购订单</translation>
    </message>
    <message>
        <source>Type to find a supplier</source>
        <translation>输入以查找供应商</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Leave it not set: the order date plus the supplier's lead time.</source>
        <translation>不设置时：按订单日期加上供应商的交货周期计算。</translation>
    </message>
    <message>
        <source>&amp;Supplier</source>
        <translation>供应商(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Warehouse</source>
        <translation>仓库(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Expected</source>
        <translation>预计到货(&amp;E)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>Add &amp;product</source>
        <translation>添加产品(&amp;P)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>采购单价</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>税率（%）</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>不含税金额</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税额</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>价税合计</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收货</translation>
    </message>
    <message>
        <source>New Purchase Order</source>
        <translation>新建采购订单</translation>
    </message>
    <message>
        <source>Purchase Order %1 — %2</source>
        <translation>采购订单 %1 — %2</translation>
    </message>
    <message>
        <source>Choose the supplier, then add products.</source>
        <translation>请先选择供应商，再添加产品。</translation>
    </message>
    <message>
        <source>Ordered %1</source>
        <translation>下单时间：%1</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>1 line</source>
        <translation>1 行</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>%1 · Net %2 · Tax %3 · &lt;b&gt;Gross %4&lt;/b&gt;</source>
        <translation>%1 · 不含税 %2 · 税额 %3 · &lt;b&gt;价税合计 %4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>a line has an invalid number</source>
        <translation>有一行的数字无效</translation>
    </message>
    <message>
        <source>Choose a supplier from the list.</source>
        <translation>请从列表中选择供应商。</translation>
    </message>
    <message>
        <source>Line %1 · %2: %3</source>
        <extracomment>A problem in a purchase order line: "Line 2 · Quantity: must be positive"</extracomment>
        <translation>第 %1 行 · %2：%3</translation>
    </message>
    <message>
        <source>Cancel Purchase Order</source>
        <translation>取消采购订单</translation>
    </message>
    <message>
        <source>Cancel %1? The supplier should be told too.</source>
        <translation>取消 %1？请同时通知供应商。</translation>
    </message>
    <message>
        <source>Someone else changed this purchase order meanwhile.</source>
        <translation>在此期间，其他人修改了该采购订单。</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Inventory::PurchaseOrderList</name>
    <message>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>下单日期</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>预计到货</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>价税合计</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>All suppliers</source>
        <translation>所有供应商</translation>
    </message>
    <message>
        <source>No purchase orders yet — press Ctrl+N to order from a supplier, or use Replenishment.</source>
        <translation>还没有采购订单 — 按 Ctrl+N 向供应商下单，或使用“补货”。</translation>
    </message>
    <message>
        <source>No purchase orders yet.</source>
        <translation>还没有采购订单。</translation>
    </message>
    <message>
        <source>No purchase order matches the search or filters.</source>
        <translation>没有符合搜索或筛选条件的采购订单。</translation>
    </message>
    <message>
        <source>Number or supplier… (Ctrl+F)</source>
        <translation>单号或供应商…（Ctrl+F）</translation>
    </message>
    <message>
        <source>New Purchase Order…</source>
        <translation>新建采购订单…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Receive…</source>
        <translation>收货…</translation>
    </message>
    <message>
        <source>Purchase order %1 saved (%2).</source>
        <translation>采购订单 %1 已保存（%2）。</translation>
    </message>
    <message>
        <source>Purchase order %1: %2.</source>
        <translation>采购订单 %1：%2。</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Purchase orders</source>
        <translation>采购订单</translation>
    </message>
    <message>
        <source>the selected purchase order</source>
        <translation>选中的采购订单</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Inventory::ReceiveDialog</name>
    <message>
        <source>Receive %1</source>
        <translation>收货 %1</translation>
    </message>
    <message>
        <source>Goods from &lt;b&gt;%1&lt;/b&gt; into warehouse &lt;b&gt;%2&lt;/b&gt;. Enter what arrived; lines left at 0 stay open.</source>
        <translation>来自 &lt;b&gt;%1&lt;/b&gt; 的货物，收入仓库 &lt;b&gt;%2&lt;/b&gt;。请填写实际到货数量；数量为 0 的行保持未收状态。</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>订购数量</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收货</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未收数量</translation>
    </message>
    <message>
        <source>Receive now</source>
        <translation>本次收货</translation>
    </message>
    <message>
        <source>All Open</source>
        <translation>全部未收</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>收货</translation>
    </message>
    <message>
        <source>Enter the quantity that arrived on at least one line.</source>
        <translation>请至少在一行中填写到货数量。</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Inventory::Replenishment</name>
    <message>
        <source>All warehouses</source>
        <translation>所有仓库</translation>
    </message>
    <message>
        <source>Propose Again</source>
        <translation>重新生成建议</translation>
    </message>
    <message>
        <source>Create Purchase Orders</source>
        <translation>生成采购订单</translation>
    </message>
    <message>
        <source>&amp;Warehouse</source>
        <translation>仓库(&amp;W)</translation>
    </message>
    <message>
        <source>Products whose available and ordered stock fell below the reorder point, and backorders, grouped by default supplier. Tick what to order and adjust the quantities.</source>
        <translation>以下是可用库存加在途数量低于再订货点的产品以及欠货，按默认供应商分组。请勾选要订购的项目并调整数量。</translation>
    </message>
    <message>
        <source>Supplier / product</source>
        <translation>供应商 / 产品</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用库存</translation>
    </message>
    <message>
        <source>On order</source>
        <translation>在途数量</translation>
    </message>
    <message>
        <source>Backordered</source>
        <translation>欠货</translation>
    </message>
    <message>
        <source>Reorder point</source>
        <translation>再订货点</translation>
    </message>
    <message>
        <source>Order qty</source>
        <translation>订购数量</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>采购单价</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Stock or orders changed since this proposal. Click Propose Again to see the new one.</source>
        <translation>生成此建议后库存或订单已发生变化。请点击“重新生成建议”查看最新建议。</translation>
    </message>
    <message>
        <source>No default supplier</source>
        <translation>无默认供应商</translation>
    </message>
    <message>
        <source>Give the product a default supplier to order it here.</source>
        <translation>为该产品设置默认供应商后即可在此订购。</translation>
    </message>
    <message>
        <source>Nothing to order: every product is above its reorder point and no order waits for stock.</source>
        <translation>无需订购：所有产品都高于再订货点，也没有等待库存的订单。</translation>
    </message>
    <message>
        <source>Chosen: %1 lines from %2 suppliers · net %3</source>
        <translation>已选：%1 行，来自 %2 个供应商 · 不含税 %3</translation>
    </message>
    <message>
        <source>Purchase orders created.</source>
        <translation>采购订单已生成。</translation>
    </message>
    <message>
        <source>Draft purchase orders created: %1. Review and send them under Purchase Orders.</source>
        <translation>已生成采购订单草稿：%1。请在“采购订单”中检查并发送。</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the proposal as shown to Excel (XLSX) or CSV (Ctrl+E)</source>
        <translation>将当前显示的补货建议导出为 Excel（XLSX）或 CSV 文件（Ctrl+E）</translation>
    </message>
    <message>
        <source>Chosen: %1 lines from %2 suppliers</source>
        <translation>已选：%1 行，来自 %2 个供应商</translation>
    </message>
    <message>
        <source>Replenishment</source>
        <translation>补货</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>已选</translation>
    </message>
    <message>
        <source>Export Replenishment</source>
        <translation>导出补货建议</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Inventory::StockLevels</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>现有库存</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>已预留</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用库存</translation>
    </message>
    <message>
        <source>Reorder point</source>
        <translation>再订货点</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>All warehouses</source>
        <translation>所有仓库</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Low stock only</source>
        <translation>仅显示低库存</translation>
    </message>
    <message>
        <source>No stock recorded yet. Stock arrives with purchase receipts, adjustments and stock counts.</source>
        <translation>还没有库存记录。采购入库、库存调整和盘点会产生库存。</translation>
    </message>
    <message>
        <source>No stock matches the search or filters.</source>
        <translation>没有符合搜索或筛选条件的库存。</translation>
    </message>
    <message>
        <source>SKU or product name… (Ctrl+F)</source>
        <translation>SKU 或产品名称…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Adjust…</source>
        <translation>调整…</translation>
    </message>
    <message>
        <source>Correct the quantity of the selected product in a warehouse</source>
        <translation>更正选中产品在某个仓库中的数量</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>调拨…</translation>
    </message>
    <message>
        <source>Move stock of the selected product to another warehouse</source>
        <translation>将选中产品的库存调拨到另一个仓库</translation>
    </message>
    <message>
        <source>Stock levels</source>
        <translation>即时库存</translation>
    </message>
    <message>
        <source>Import Warehouses…</source>
        <translation>导入仓库…</translation>
    </message>
    <message>
        <source>Import warehouses from a CSV or Excel file</source>
        <translation>从 CSV 或 Excel 文件导入仓库</translation>
    </message>
    <message>
        <source>Import Opening Stock…</source>
        <translation>导入期初库存…</translation>
    </message>
    <message>
        <source>Import the opening balance of each product per warehouse (once per product and warehouse)</source>
        <translation>导入每个产品在各仓库的期初库存（每个产品在每个仓库只能导入一次）</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Inventory::StockMoveDialog</name>
    <message>
        <source>Adjust Stock</source>
        <translation>库存调整</translation>
    </message>
    <message>
        <source>Transfer Stock</source>
        <translation>库存调拨</translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation>产品(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Warehouse</source>
        <translation>仓库(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>Positive adds stock, negative takes it out (e.g. -2).</source>
        <translation>正数增加库存，负数减少库存（例如 -2）。</translation>
    </message>
    <message>
        <source>&amp;Quantity (±)</source>
        <translation>数量（±）(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>调出仓库(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>调入仓库(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>数量(&amp;Q)</translation>
    </message>
    <message>
        <source>e.g. damaged in storage</source>
        <translation>例如 仓储中损坏</translation>
    </message>
    <message>
        <source>e.g. stock for the Shanghai shop</source>
        <translation>例如 给上海门店备货</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>Post Adjustment</source>
        <translation>过账调整</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>调拨</translation>
    </message>
    <message>
        <source>Choose a product from the list.</source>
        <translation>请从列表中选择产品。</translation>
    </message>
    <message>
        <source>Enter a quantity other than zero.</source>
        <translation>请输入不为零的数量。</translation>
    </message>
    <message>
        <source>Say why, for the stock ledger.</source>
        <translation>请填写原因，以便记入库存台账。</translation>
    </message>
    <message>
        <source>Choose a warehouse other than the source.</source>
        <translation>请选择与调出仓库不同的仓库。</translation>
    </message>
    <message>
        <source>%1: %2 adjusted by %3.</source>
        <translation>%1：%2 的库存已调整 %3。</translation>
    </message>
    <message>
        <source>%1 × %2 moved from %3 to %4.</source>
        <translation>%1 × %2 已从 %3 调拨到 %4。</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Inventory::SupplierDialog</name>
    <message>
        <source>Active: can be chosen on new purchase orders</source>
        <translation>启用：新建采购订单时可以选择</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>自动生成</translation>
    </message>
    <message>
        <source>e.g. 宁波华美塑料制品有限公司</source>
        <translation>例如 宁波华美塑料制品有限公司</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>C&amp;ode</source>
        <translation>编码(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Tax ID</source>
        <translation>税号(&amp;T)</translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation>联系人(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>电子邮件(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>币种(&amp;U)</translation>
    </message>
    <message>
        <source>Payment &amp;terms</source>
        <translation>账期(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Lead time</source>
        <translation>交货周期(&amp;L)</translation>
    </message>
    <message>
        <source>Anything buyers should know about this supplier</source>
        <translation>采购员需要了解的有关该供应商的任何信息</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>备注(&amp;T)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>New Supplier</source>
        <translation>新建供应商</translation>
    </message>
    <message>
        <source>Supplier %1 — %2</source>
        <translation>供应商 %1 — %2</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Someone else saved this supplier while you were editing it.</source>
        <translation>在您编辑期间，其他人已保存了该供应商。</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Inventory::SupplierList</name>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>账期</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>交货周期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>No suppliers yet — press Ctrl+N to add one.</source>
        <translation>还没有供应商 — 按 Ctrl+N 新建。</translation>
    </message>
    <message>
        <source>No suppliers yet.</source>
        <translation>还没有供应商。</translation>
    </message>
    <message>
        <source>No supplier matches the search.</source>
        <translation>没有符合搜索条件的供应商。</translation>
    </message>
    <message>
        <source>Name, code, contact… (Ctrl+F)</source>
        <translation>名称、编码、联系人…（Ctrl+F）</translation>
    </message>
    <message>
        <source>New Supplier…</source>
        <translation>新建供应商…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Supplier %1 (%2) saved.</source>
        <translation>供应商 %1（%2）已保存。</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import suppliers from a CSV or Excel file</source>
        <translation>从 CSV 或 Excel 文件导入供应商</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Inventory::WarehouseDialog</name>
    <message>
        <source>Bin code</source>
        <translation>库位编码</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Active: stock can be received, allocated and moved here</source>
        <translation>启用：可在此仓库收货、分配和移动库存</translation>
    </message>
    <message>
        <source>Bin %1</source>
        <translation>库位 %1</translation>
    </message>
    <message>
        <source>e.g. SH</source>
        <translation>例如 SH</translation>
    </message>
    <message>
        <source>e.g. 上海仓</source>
        <translation>例如 上海仓</translation>
    </message>
    <message>
        <source>Orders take stock from the warehouse with the lowest number first</source>
        <translation>订单优先从优先级数值最小的仓库分配库存</translation>
    </message>
    <message>
        <source>C&amp;ode</source>
        <translation>编码(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>优先级(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Bins (storage locations)</source>
        <translation>库位（存储位置）(&amp;B)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>New Warehouse</source>
        <translation>新建仓库</translation>
    </message>
    <message>
        <source>Warehouse %1 — %2</source>
        <translation>仓库 %1 — %2</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Someone else saved this warehouse while you were editing it.</source>
        <translation>在您编辑期间，其他人已保存了该仓库。</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Inventory::WarehouseList</name>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Bins</source>
        <translation>库位</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>No warehouses yet — press Ctrl+N to add the first one. Stock is kept per warehouse.</source>
        <translation>还没有仓库 — 按 Ctrl+N 添加第一个仓库。库存按仓库管理。</translation>
    </message>
    <message>
        <source>No warehouses yet.</source>
        <translation>还没有仓库。</translation>
    </message>
    <message>
        <source>No warehouse matches the search.</source>
        <translation>没有符合搜索条件的仓库。</translation>
    </message>
    <message>
        <source>Code, name, address… (Ctrl+F)</source>
        <translation>编码、名称、地址…（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;New Warehouse…</source>
        <translation>新建仓库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>归档(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Warehouse %1 restored.</source>
        <translation>仓库 %1 已恢复。</translation>
    </message>
    <message>
        <source>Warehouse %1 archived: new stock cannot be put there.</source>
        <translation>仓库 %1 已归档：不能再向其中存入新库存。</translation>
    </message>
    <message>
        <source>Warehouse %1 (%2) saved.</source>
        <translation>仓库 %1（%2）已保存。</translation>
    </message>
</context>
<context>
    <name>Erp::Client::ListPage</name>
    <message>
        <source>Nothing here yet.</source>
        <translation>这里还没有内容。</translation>
    </message>
    <message>
        <source>Nothing matches your search or filters. Clear the search box or change the filters.</source>
        <translation>没有符合搜索或筛选条件的内容。请清空搜索框或修改筛选条件。</translation>
    </message>
    <message>
        <source>Search… (Ctrl+F)</source>
        <translation>搜索…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>No entries</source>
        <translation>无记录</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <extracomment>The rows shown of all rows, e.g. "1–100 of 1,234"</extracomment>
        <translation>%1–%2，共 %3</translation>
    </message>
    <message>
        <source>The list could not be loaded. %1</source>
        <translation>无法加载列表。%1</translation>
    </message>
    <message>
        <source>%1–%2 of %3+</source>
        <extracomment>The rows shown of at least that many rows, e.g. "1–100 of 10,000+"</extracomment>
        <translation>%1–%2，共 %3+</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the rows of this list as shown — search, filters, sort and visible columns — to Excel (XLSX) or CSV (Ctrl+E)</source>
        <translation>按当前显示效果（搜索、筛选、排序和可见列）将本列表的行导出为 Excel（XLSX）或 CSV 文件（Ctrl+E）</translation>
    </message>
    <message>
        <source>Export &amp;Selected Rows…</source>
        <translation>导出选中行(&amp;S)…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message numerus="yes">
        <source>Export %n Selected Row(s)</source>
        <translation>
            <numerusform>导出选中的 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>导出%1</translation>
    </message>
</context>
<context>
    <name>Erp::Client::LocalBackup</name>
    <message>
        <source>Back Up Company File</source>
        <translation>备份公司文件</translation>
    </message>
    <message>
        <source>Company files (*.erp);;All files (*)</source>
        <translation>公司文件 (*.erp);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Only a company file opened on this computer can be backed up here; a server's backups are under Admin ▸ Backup.</source>
        <translation>这里只能备份在本机上打开的公司文件；服务器上的备份请在“系统管理 ▸ 备份”中查看。</translation>
    </message>
    <message>
        <source>A backup is being written already. Wait until it is done.</source>
        <translation>正在写入备份，请等待完成。</translation>
    </message>
    <message>
        <source>Choose another file: a backup cannot replace the open company file.</source>
        <translation>请选择其他文件：备份不能覆盖当前打开的公司文件。</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>The company file was backed up to %1 (%2). To use the backup, open it with File ▸ Open Company.</source>
        <translation>公司文件已备份到 %1（%2）。如需使用该备份，请通过“文件 ▸ 打开公司”打开它。</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>无法写入备份：%1</translation>
    </message>
</context>
<context>
    <name>Erp::Client::LoginDialog</name>
    <message>
        <source>Log In</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>ERP — Log In</source>
        <translation>ERP — 登录</translation>
    </message>
    <message>
        <source>&lt;b&gt;Log in&lt;/b&gt;&lt;br&gt;Company file: %1</source>
        <translation>&lt;b&gt;登录&lt;/b&gt;&lt;br&gt;公司文件：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Log in&lt;/b&gt;&lt;br&gt;Server: %1</source>
        <translation>&lt;b&gt;登录&lt;/b&gt;&lt;br&gt;服务器：%1</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
</context>
<context>
    <name>Erp::Client::MainWindow</name>
    <message>
        <source>No module is available to your account yet.
Ask an administrator to give you a role.</source>
        <translation>您的账户暂时没有可用的模块。
请让管理员为您分配角色。</translation>
    </message>
    <message>
        <source>Reconnected.</source>
        <translation>已重新连接。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Company…</source>
        <translation>打开公司(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>连接服务器(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Log Out</source>
        <translation>注销(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>Change My &amp;Password…</source>
        <translation>修改我的密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About ERP</source>
        <translation>关于 ERP(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>用户：%1</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>用户：%1（%2）</translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation>角色：%1</translation>
    </message>
    <message>
        <source>Company file: %1</source>
        <translation>公司文件：%1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <source>About ERP</source>
        <translation>关于 ERP</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ERP %1&lt;/h3&gt;&lt;p&gt;Customers, orders and resources of a company in one system.&lt;/p&gt;&lt;p&gt;Connected to: %2&lt;/p&gt;&lt;p&gt;Built with Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ERP %1&lt;/h3&gt;&lt;p&gt;在一个系统中管理企业的客户、订单和资源。&lt;/p&gt;&lt;p&gt;当前连接：%2&lt;/p&gt;&lt;p&gt;基于 Qt %3 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Session Ended</source>
        <translation>会话已结束</translation>
    </message>
    <message>
        <source>The server ended your session. Please log in again.</source>
        <translation>服务器已结束您的会话，请重新登录。</translation>
    </message>
    <message>
        <source>Connection lost: %1 Reconnecting…</source>
        <translation>连接已断开：%1 正在重新连接…</translation>
    </message>
    <message>
        <source>Connection Closed</source>
        <translation>连接已关闭</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Orders::LineEditor</name>
    <message>
        <source>%1 — %2 · %3 · %4</source>
        <extracomment>A product offered in the line editor: SKU — name · unit · list price</extracomment>
        <translation>%1 — %2 · %3 · %4</translation>
    </message>
    <message>
        <source>No product matches “%1”.</source>
        <translation>没有与“%1”匹配的产品。</translation>
    </message>
    <message>
        <source>Add Line</source>
        <translation>添加行</translation>
    </message>
    <message>
        <source>Remove Line</source>
        <translation>删除行</translation>
    </message>
    <message>
        <source>Add a line (Insert or Ctrl+N)</source>
        <translation>添加一行（Insert 或 Ctrl+N）</translation>
    </message>
    <message>
        <source>Remove the selected line (Delete)</source>
        <translation>删除选中的行（Delete）</translation>
    </message>
    <message>
        <source>SKU, barcode or name + Enter · Tab: every cell · Insert: new line · Delete: remove line</source>
        <translation>SKU、条码或名称 + Enter · Tab：逐个单元格 · Insert：新增行 · Delete：删除行</translation>
    </message>
    <message>
        <source>Several products match “%1”: type more, or press Enter in the cell and choose one from the list.</source>
        <translation>有多个产品与“%1”匹配：请输入更多内容，或在单元格中按 Enter 并从列表中选择。</translation>
    </message>
    <message>
        <source>Net %1</source>
        <translation>不含税 %1</translation>
    </message>
    <message>
        <source>Tax %1</source>
        <translation>税额 %1</translation>
    </message>
    <message>
        <source>Gross %1</source>
        <translation>价税合计 %1</translation>
    </message>
    <message>
        <source>Lines without a product or with a value that is not a number are not counted (%1).</source>
        <translation>没有产品或含有非数字值的行不计入合计（%1）。</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <extracomment>An error of the line editor: "Line 2, Qty: This field is required."</extracomment>
        <translation>第 %1 行，%2：%3</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Orders::OrderActions</name>
    <message>
        <source>Send the order for review: a clean order is approved at once</source>
        <translation>提交订单审核：无异常的订单会立即通过审批</translation>
    </message>
    <message>
        <source>Approve the order despite the review reasons</source>
        <translation>忽略审核原因，审批通过该订单</translation>
    </message>
    <message>
        <source>Send the order back with a reason</source>
        <translation>填写原因并退回该订单</translation>
    </message>
    <message>
        <source>Reserve stock for every line; what is missing becomes a backorder</source>
        <translation>为每一行预留库存；不足部分记为欠货</translation>
    </message>
    <message>
        <source>Hand the order to the warehouse for picking</source>
        <translation>将订单交给仓库拣货</translation>
    </message>
    <message>
        <source>Record a shipment: carrier, tracking number, quantities</source>
        <translation>登记发货：承运商、运单号、数量</translation>
    </message>
    <message>
        <source>The customer has received the goods</source>
        <translation>客户已签收货物</translation>
    </message>
    <message>
        <source>Close the order</source>
        <translation>关闭订单</translation>
    </message>
    <message>
        <source>Cancel the order and release its stock</source>
        <translation>取消订单并释放其库存</translation>
    </message>
    <message>
        <source>Take goods back: back to stock or scrap</source>
        <translation>退回货物：退回库存或报废</translation>
    </message>
    <message>
        <source>Save your changes first.</source>
        <translation>请先保存您的修改。</translation>
    </message>
    <message>
        <source>Reject Order %1</source>
        <translation>驳回订单 %1</translation>
    </message>
    <message>
        <source>Cancel Order %1</source>
        <translation>取消订单 %1</translation>
    </message>
    <message>
        <source>Why is the order rejected? The sales clerk sees this reason and can change the order.</source>
        <translation>为什么驳回该订单？销售员会看到此原因并可以修改订单。</translation>
    </message>
    <message>
        <source>Why is the order cancelled? Its reserved stock is released; this cannot be undone.</source>
        <translation>为什么取消该订单？其已预留的库存将被释放；此操作无法撤销。</translation>
    </message>
    <message>
        <source>Reject Order</source>
        <translation>驳回订单</translation>
    </message>
    <message>
        <source>Cancel Order</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Order %1 submitted: it waits for a manager's approval.</source>
        <translation>订单 %1 已提交：等待主管审批。</translation>
    </message>
    <message>
        <source>Order %1 submitted and approved automatically.</source>
        <translation>订单 %1 已提交并自动审批通过。</translation>
    </message>
    <message>
        <source>Order %1 allocated; some quantities wait for stock (backorder).</source>
        <translation>订单 %1 已分配库存；部分数量需等待到货（欠货）。</translation>
    </message>
    <message>
        <source>Order %1: %2.</source>
        <extracomment>After an action: "Order SO2026-000012: Shipped."</extracomment>
        <translation>订单 %1：%2。</translation>
    </message>
    <message>
        <source>Someone else changed this order meanwhile. It has been read again: check it and try once more.</source>
        <translation>在此期间，其他人修改了该订单。订单已重新读取：请检查后再试一次。</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Orders::OrderDialog</name>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Too many decimal places.</source>
        <translation>小数位数过多。</translation>
    </message>
    <message>
        <source>Must not be negative.</source>
        <translation>不能为负数。</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Type a name, code or phone number…</source>
        <translation>输入名称、编码或电话号码…</translation>
    </message>
    <message>
        <source>Taken from the customer; change it for this order only</source>
        <translation>取自客户资料；在此修改仅对本订单有效</translation>
    </message>
    <message>
        <source>e.g. the customer's PO or web order number</source>
        <translation>例如 客户的采购单号或网店订单号</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>客户(&amp;U)</translation>
    </message>
    <message>
        <source>Co&amp;ntact</source>
        <translation>联系人(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>电子邮件(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Order date</source>
        <translation>订单日期(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Requested date</source>
        <translation>要求交期(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>渠道(&amp;H)</translation>
    </message>
    <message>
        <source>E&amp;xternal ref.</source>
        <translation>外部单号(&amp;X)</translation>
    </message>
    <message>
        <source>Ship &amp;to</source>
        <translation>收货地址(&amp;T)</translation>
    </message>
    <message>
        <source>Anything the warehouse or colleagues should know</source>
        <translation>仓库或同事需要了解的任何信息</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>明细</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>发货记录</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>退货记录</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>New Order</source>
        <translation>新建订单</translation>
    </message>
    <message>
        <source>Order %1 — %2</source>
        <translation>订单 %1 — %2</translation>
    </message>
    <message>
        <source>Waiting for approval:</source>
        <translation>等待审批：</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>已驳回：</translation>
    </message>
    <message>
        <source>Change the order and submit it again.</source>
        <translation>请修改订单后重新提交。</translation>
    </message>
    <message>
        <source>Cancelled:</source>
        <translation>已取消：</translation>
    </message>
    <message>
        <source>Some quantities wait for stock (backorder); they are allocated automatically when goods arrive.</source>
        <translation>部分数量需等待到货（欠货）；到货后会自动分配库存。</translation>
    </message>
    <message>
        <source>Gross %1</source>
        <translation>价税合计 %1</translation>
    </message>
    <message>
        <source>changes after submitting: %1</source>
        <translation>提交后修改次数：%1</translation>
    </message>
    <message>
        <source>Shipments (%1)</source>
        <translation>发货记录（%1）</translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation>时间线（%1）</translation>
    </message>
    <message>
        <source>Lines (%1)</source>
        <translation>明细（%1）</translation>
    </message>
    <message>
        <source>Returns (%1)</source>
        <translation>退货记录（%1）</translation>
    </message>
    <message>
        <source>Saving returns the order to Draft: it must be submitted again.</source>
        <translation>保存后订单将退回草稿状态，需要重新提交。</translation>
    </message>
    <message>
        <source>Pick the customer from the list (Enter).</source>
        <translation>请从列表中选择客户（Enter）。</translation>
    </message>
    <message>
        <source>Order %1 created as a draft: submit it when it is complete.</source>
        <translation>订单 %1 已创建为草稿：填写完整后请提交。</translation>
    </message>
    <message>
        <source>Order %1 saved.</source>
        <translation>订单 %1 已保存。</translation>
    </message>
    <message>
        <source>Some lines have problems: see the red cells.</source>
        <translation>部分行有问题：请查看标红的单元格。</translation>
    </message>
    <message>
        <source>Someone else changed order %1 while you were editing it.</source>
        <translation>在您编辑期间，其他人修改了订单 %1。</translation>
    </message>
    <message>
        <source>Invoices…</source>
        <translation>发票…</translation>
    </message>
    <message>
        <source>The invoices of this order in the Finance tab</source>
        <translation>在“财务”页中查看此订单的发票</translation>
    </message>
    <message>
        <source>Quotation / Order Confirmation</source>
        <translation>报价单 / 订单确认书</translation>
    </message>
    <message>
        <source>Pick List</source>
        <translation>拣货单</translation>
    </message>
    <message>
        <source>Delivery Note</source>
        <translation>送货单</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Orders::OrderDocuments</name>
    <message>
        <source>Quotation</source>
        <extracomment>报价单</extracomment>
        <translation>报价单</translation>
    </message>
    <message>
        <source>Sales Order Confirmation</source>
        <translation>销售订单确认书</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Requested delivery</source>
        <translation>要求交货日期</translation>
    </message>
    <message>
        <source>Your reference</source>
        <translation>贵方参考号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>收货地址</translation>
    </message>
    <message>
        <source>This quotation is valid for 30 days. Prices include the VAT shown; delivery as agreed on order.</source>
        <translation>本报价单有效期为 30 天。价格含所列增值税；按订单约定交货。</translation>
    </message>
    <message>
        <source>Thank you for your order. Please check the quantities and prices and tell us at once if anything differs.</source>
        <translation>感谢您的订购。请核对数量和价格，如有不符请立即告知我方。</translation>
    </message>
    <message>
        <source>For the seller</source>
        <translation>卖方</translation>
    </message>
    <message>
        <source>For the buyer (stamp)</source>
        <translation>买方（盖章）</translation>
    </message>
    <message>
        <source>Pick List</source>
        <translation>拣货单</translation>
    </message>
    <message>
        <source>Pick List %1</source>
        <translation>拣货单 %1</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Orders::OrderHistory</name>
    <message>
        <source>Shipment</source>
        <translation>发货单</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>发货时间</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>货物</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退货单</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>%1 × %2 (%3)</source>
        <extracomment>A returned item: "SD-100 × 1 (Scrap)"</extracomment>
        <translation>%1 × %2（%3）</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Orders::OrderLinesModel</name>
    <message>
        <source>Only %1 %2 available: the order will wait for stock (backorder).</source>
        <translation>仅有 %1 %2 可用：订单将等待到货（欠货）。</translation>
    </message>
    <message>
        <source>Not a number with at most %1 decimals.</source>
        <translation>不是最多 %1 位小数的数字。</translation>
    </message>
    <message>
        <source>Product (SKU, barcode or name)</source>
        <translation>产品（SKU、条码或名称）</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Disc. %</source>
        <translation>折扣（%）</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>税率（%）</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>不含税金额</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>价税合计</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用库存</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Backorder</source>
        <translation>欠货</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Orders::OrderList</name>
    <message>
        <source>Number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>订单日期</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>要求交期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>External ref.</source>
        <translation>外部单号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1 · backorder</source>
        <translation>%1 · 欠货</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>价税合计</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Backorders</source>
        <translation>有欠货</translation>
    </message>
    <message>
        <source>No orders yet — press Ctrl+N to enter one.</source>
        <translation>还没有订单 — 按 Ctrl+N 录入。</translation>
    </message>
    <message>
        <source>No orders yet.</source>
        <translation>还没有订单。</translation>
    </message>
    <message>
        <source>No order matches the search or the chosen state. Clear the search box or click All.</source>
        <translation>没有符合搜索条件或所选状态的订单。请清空搜索框或点击“全部”。</translation>
    </message>
    <message>
        <source>Number, customer, external ref… (Ctrl+F)</source>
        <translation>订单号、客户、外部单号…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Finds any part of an order number, a customer's name or an external reference.</source>
        <translation>查找订单号、客户名称或外部单号中的任意部分。</translation>
    </message>
    <message>
        <source>New Order…</source>
        <translation>新建订单…</translation>
    </message>
    <message>
        <source>Enter a new order (Ctrl+N)</source>
        <translation>录入新订单（Ctrl+N）</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Open the selected order (Enter)</source>
        <translation>打开选中的订单（Enter）</translation>
    </message>
    <message>
        <source>Order %1 saved (%2).</source>
        <translation>订单 %1 已保存（%2）。</translation>
    </message>
    <message>
        <source>Sales orders</source>
        <translation>销售订单</translation>
    </message>
    <message>
        <source>Import Open Orders…</source>
        <translation>导入未结订单…</translation>
    </message>
    <message>
        <source>Import open sales orders (one row per line, grouped by external reference) from a CSV or Excel file</source>
        <translation>从 CSV 或 Excel 文件导入未结销售订单（每行一条明细，按外部单号分组）</translation>
    </message>
    <message>
        <source>the selected order's quotation or confirmation</source>
        <translation>选中订单的报价单或确认书</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Orders::OrderPrint</name>
    <message>
        <source>Delivery Note</source>
        <translation>送货单</translation>
    </message>
    <message>
        <source>Which shipment?</source>
        <translation>哪一次发货？</translation>
    </message>
    <message>
        <source>Delivery note %1.pdf</source>
        <translation>送货单 %1.pdf</translation>
    </message>
    <message>
        <source>Save Delivery Note</source>
        <translation>保存送货单</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The delivery note was saved as %1.</source>
        <translation>送货单已保存为 %1。</translation>
    </message>
    <message>
        <source>Open It</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Orders::OrderText</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Waiting Approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已审批</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>Picking</source>
        <translation>拣货中</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已签收</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>驳回…</translation>
    </message>
    <message>
        <source>Allocate</source>
        <translation>分配库存</translation>
    </message>
    <message>
        <source>Pick</source>
        <translation>拣货</translation>
    </message>
    <message>
        <source>Ship…</source>
        <translation>发货…</translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation>签收</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Cancel Order…</source>
        <translation>取消订单…</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>退货…</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Approved automatically</source>
        <translation>自动审批通过</translation>
    </message>
    <message>
        <source>Backorder allocated</source>
        <translation>欠货已分配</translation>
    </message>
    <message>
        <source>Picking started</source>
        <translation>开始拣货</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退货</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Web shop</source>
        <translation>网店</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Credit limit exceeded</source>
        <translation>超出信用额度</translation>
    </message>
    <message>
        <source>Not enough stock</source>
        <translation>库存不足</translation>
    </message>
    <message>
        <source>Price below cost</source>
        <translation>价格低于成本</translation>
    </message>
    <message>
        <source>Discount above the allowed maximum</source>
        <translation>折扣超过允许的上限</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A review reason: the reason and the server's details</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Back to stock</source>
        <translation>退回库存</translation>
    </message>
    <message>
        <source>Scrap</source>
        <translation>报废</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Orders::OrdersPage</name>
    <message>
        <source>Orders</source>
        <translation>销售订单</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Orders::ReturnDialog</name>
    <message>
        <source>Return from Order %1</source>
        <translation>订单 %1 退货</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退货</translation>
    </message>
    <message>
        <source>Return now</source>
        <translation>本次退货</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>去向</translation>
    </message>
    <message>
        <source>e.g. damaged in transport, wrong size</source>
        <translation>例如 运输途中损坏、尺码不对</translation>
    </message>
    <message>
        <source>Record Return</source>
        <translation>登记退货</translation>
    </message>
    <message>
        <source>Quantities coming back, per line. Back to stock makes them available again; scrapped goods are written off.</source>
        <translation>逐行填写退回的数量。退回库存的货物可再次使用；报废的货物将被核销。</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Line %1: not a quantity.</source>
        <translation>第 %1 行：不是有效的数量。</translation>
    </message>
    <message>
        <source>Line %1: more than was shipped.</source>
        <translation>第 %1 行：超过了已发货数量。</translation>
    </message>
    <message>
        <source>Enter the quantity that comes back.</source>
        <translation>请填写退回的数量。</translation>
    </message>
    <message>
        <source>Give the reason of the return.</source>
        <translation>请填写退货原因。</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Orders::ShipDialog</name>
    <message>
        <source>Ship Order %1</source>
        <translation>订单 %1 发货</translation>
    </message>
    <message>
        <source>e.g. SF1234567890123</source>
        <translation>例如 SF1234567890123</translation>
    </message>
    <message>
        <source>&amp;Carrier</source>
        <translation>承运商(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Tracking number</source>
        <translation>运单号(&amp;T)</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>订购数量</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Ship now</source>
        <translation>本次发货</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Ship less than allocated for a partial shipment; the rest stays on the order for a later shipment.</source>
        <translation>发货数量少于已分配数量即为部分发货；其余数量留在订单上，以后再发。</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>Line %1: not a quantity.</source>
        <translation>第 %1 行：不是有效的数量。</translation>
    </message>
    <message>
        <source>Line %1: more than is allocated and not yet shipped.</source>
        <translation>第 %1 行：超过了已分配但尚未发货的数量。</translation>
    </message>
    <message>
        <source>Nothing to ship.</source>
        <translation>没有可发货的数量。</translation>
    </message>
    <message>
        <source>Choose or type the carrier.</source>
        <translation>请选择或输入承运商。</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Pipeline::ActivityDialog</name>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>New Activity</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>到期：</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>结果：</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Pipeline::ActivityList</name>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>New Activity…</source>
        <translation>新建活动…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Pipeline::LeadDialog</name>
    <message>
        <source>New Lead</source>
        <translation>新建线索</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <source>Exhibition</source>
        <translation>展会</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>电子邮件：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>营销活动：</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>地区：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Pipeline::LeadList</name>
    <message>
        <source>New Lead…</source>
        <translation>新建线索…</translation>
    </message>
    <message>
        <source>Qualify</source>
        <translation>确认为商机</translation>
    </message>
    <message>
        <source>Convert to Customer…</source>
        <translation>转为客户…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>A new customer was created from the lead.</source>
        <translation>已根据线索新建客户。</translation>
    </message>
    <message>
        <source>The lead was linked to the existing customer.</source>
        <translation>线索已关联到现有客户。</translation>
    </message>
    <message>
        <source>Link to This Customer</source>
        <translation>关联到此客户</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Pipeline::OpportunityDialog</name>
    <message>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>New Opportunity</source>
        <translation>新建商机</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>货号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <source>Expected revenue:</source>
        <translation>预计收入：</translation>
    </message>
    <message>
        <source>Probability:</source>
        <translation>赢单概率：</translation>
    </message>
    <message>
        <source>Expected close:</source>
        <translation>预计成交：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Add Product</source>
        <translation>添加产品</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Win</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lose…</source>
        <translation>输单…</translation>
    </message>
    <message>
        <source>Products of interest:</source>
        <translation>意向产品：</translation>
    </message>
    <message>
        <source>Lose Opportunity</source>
        <translation>商机输单</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Pipeline::PipelineBoard</name>
    <message>
        <source>New Opportunity…</source>
        <translation>新建商机…</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>列表视图</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Expected close:</source>
        <translation>预计成交：</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>任何时间</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>赢单概率</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>%1
%2 · %3 %4</source>
        <translation>%1
%2 · %3 %4</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Print::CustomerInvoiceRenderer</name>
    <message>
        <source>Tax id: %1</source>
        <translation>税号：%1</translation>
    </message>
    <message>
        <source>DRAFT — not posted, no number yet</source>
        <translation>草稿 — 未过账，尚未编号</translation>
    </message>
    <message>
        <source>No.: %1</source>
        <translation>编号：%1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <source>Due date: %1</source>
        <translation>到期日：%1</translation>
    </message>
    <message>
        <source>Sales order: %1</source>
        <translation>销售订单：%1</translation>
    </message>
    <message>
        <source>Fapiao no.: %1</source>
        <translation>发票号码：%1</translation>
    </message>
    <message>
        <source>Fapiao no.: %1 of %2</source>
        <translation>发票号码：%1（开票日期 %2）</translation>
    </message>
    <message>
        <source>Bill to:</source>
        <translation>购买方：</translation>
    </message>
    <message>
        <source>Currency: %1</source>
        <translation>币种：%1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>Amount</source>
        <extracomment>金额: the line amount without VAT</extracomment>
        <translation>金额</translation>
    </message>
    <message>
        <source>VAT</source>
        <extracomment>税额: the VAT of the line</extracomment>
        <translation>税额</translation>
    </message>
    <message>
        <source>Total</source>
        <extracomment>价税合计: amount plus VAT</extracomment>
        <translation>价税合计</translation>
    </message>
    <message>
        <source>Total in words: %1</source>
        <translation>价税合计（大写）：%1</translation>
    </message>
    <message>
        <source>Paid or credited: %1</source>
        <translation>已收款或红冲：%1</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>未结金额：%1</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Print::CustomerStatementRenderer</name>
    <message>
        <source>Tax id: %1</source>
        <translation>税号：%1</translation>
    </message>
    <message>
        <source>Customer Statement</source>
        <translation>客户对账单</translation>
    </message>
    <message>
        <source>Period: %1 – %2</source>
        <translation>期间：%1 – %2</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>单据</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>借方</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>贷方</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>期初余额</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>期末余额</translation>
    </message>
    <message>
        <source>Closing balance in words: %1</source>
        <translation>期末余额（大写）：%1</translation>
    </message>
    <message>
        <source>Aging as of %1</source>
        <translation>截至 %1 的账龄</translation>
    </message>
    <message>
        <source>Please tell us within 15 days if this statement differs from your records.</source>
        <translation>如本对账单与贵方记录不符，请于 15 日内告知我方。</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Print::DeliveryNoteRenderer</name>
    <message>
        <source>Delivery Note</source>
        <translation>送货单</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>发货单号</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Customer reference</source>
        <translation>客户参考号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>收货地址</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Issued by (warehouse)</source>
        <translation>发货人（仓库）</translation>
    </message>
    <message>
        <source>Carrier / driver</source>
        <translation>承运商 / 司机</translation>
    </message>
    <message>
        <source>Received by (customer)</source>
        <translation>收货人（客户）</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>签名：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Please check the goods on receipt and note any damage or shortage before signing.</source>
        <translation>收货时请验货，如有破损或短缺，请在签字前注明。</translation>
    </message>
    <message>
        <source>Delivery Note %1</source>
        <translation>送货单 %1</translation>
    </message>
    <message>
        <source>Tax id: %1</source>
        <translation>税号：%1</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Print::Document</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Print::DocumentOutput</name>
    <message>
        <source>Print %1</source>
        <translation>打印 %1</translation>
    </message>
    <message>
        <source>Save %1 as PDF</source>
        <translation>将 %1 另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>%1 was saved as %2.</source>
        <translation>%1 已保存为 %2。</translation>
    </message>
    <message>
        <source>Open It</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation>无法使用该打印机。</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Print::Parts</name>
    <message>
        <source>Tax id: %1</source>
        <translation>税号：%1</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>签名：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Print::PrintMenu</name>
    <message>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <source>Print preview, print or save as PDF (Ctrl+P)</source>
        <translation>打印预览、打印或另存为 PDF（Ctrl+P）</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Print Preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Print %1: preview, then print (Ctrl+P)</source>
        <translation>打印%1：先预览，再打印（Ctrl+P）</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Save %1 as a PDF file</source>
        <translation>将%1另存为 PDF 文件</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Print::StockSheetRenderer</name>
    <message>
        <source>Order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>盘点单号</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>库位</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>To pick</source>
        <translation>应拣数量</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>实拣数量</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>账面数量</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>实盘数量</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Lines: %1. Tick each line as it is picked; write what was short in Picked.</source>
        <translation>共 %1 行。每拣完一行请打勾；如有短缺，请在“实拣数量”中填写实际数量。</translation>
    </message>
    <message>
        <source>Lines: %1. Write what is on the shelf, also 0; note damaged or unknown goods.</source>
        <translation>共 %1 行。请填写货架上的实际数量（为 0 也要填写）；如有破损或不明货物，请注明。</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Picked by</source>
        <translation>拣货人</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>复核人</translation>
    </message>
    <message>
        <source>Counted by</source>
        <translation>盘点人</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Print::TradeDocumentRenderer</name>
    <message>
        <source>No.</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Tax id: %1</source>
        <translation>税号：%1</translation>
    </message>
    <message>
        <source>Currency: %1</source>
        <translation>币种：%1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Disc.</source>
        <extracomment>Column title: the line's discount in percent</extracomment>
        <translation>折扣（%）</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>Amount</source>
        <extracomment>金额: the line amount without VAT</extracomment>
        <translation>金额</translation>
    </message>
    <message>
        <source>VAT</source>
        <extracomment>税额: the VAT of the line</extracomment>
        <translation>税额</translation>
    </message>
    <message>
        <source>Total</source>
        <extracomment>价税合计: amount plus VAT</extracomment>
        <translation>价税合计</translation>
    </message>
    <message>
        <source>Total in words: %1</source>
        <translation>价税合计（大写）：%1</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Print::VoucherRenderer</name>
    <message>
        <source>Tax id: %1</source>
        <translation>税号：%1</translation>
    </message>
    <message>
        <source>DRAFT — not posted, no number yet</source>
        <translation>草稿 — 未过账，尚无凭证号</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <source>No.: —</source>
        <translation>凭证号：—</translation>
    </message>
    <message>
        <source>No.: %1</source>
        <translation>凭证号：%1</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>凭证字：%1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>会计科目</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>借方</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>贷方</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>合计：%1</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>制单：</translation>
    </message>
    <message>
        <source>Checked by:</source>
        <translation>审核：</translation>
    </message>
    <message>
        <source>Posted by:</source>
        <translation>记账：</translation>
    </message>
    <message>
        <source>Cashier:</source>
        <translation>出纳：</translation>
    </message>
</context>
<context>
    <name>Erp::Client::RecordTable</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <extracomment>"Contact 2 · Phone: This value is not valid."</extracomment>
        <translation>%1 · %2：%3</translation>
    </message>
</context>
<context>
    <name>Erp::Client::ServerMessages</name>
    <message>
        <source>The admin role always has every permission.</source>
        <translation>管理员角色始终拥有全部权限。</translation>
    </message>
    <message>
        <source>The built-in role "{role}" cannot be deleted.</source>
        <translation>内置角色“{role}”不能删除。</translation>
    </message>
    <message>
        <source>The role "{role}" is assigned to {users} user(s); remove it from them first.</source>
        <translation>角色“{role}”已分配给 {users} 个用户，请先从这些用户中移除该角色。</translation>
    </message>
    <message>
        <source>This value must be 2-32 characters of a-z, 0-9 or '_', starting with a letter.</source>
        <translation>此值须为 2-32 个字符，只能包含 a-z、0-9 或“_”，且必须以字母开头。</translation>
    </message>
    <message>
        <source>"{permission}" is not a permission.</source>
        <translation>“{permission}”不是有效的权限。</translation>
    </message>
    <message>
        <source>This is the last active administrator: it must stay active and keep the admin role.</source>
        <translation>这是最后一个启用的管理员：必须保持启用状态并保留管理员角色。</translation>
    </message>
    <message>
        <source>There is no role "{role}".</source>
        <translation>不存在角色“{role}”。</translation>
    </message>
    <message>
        <source>This value must be 2-32 characters of a-z, 0-9, '.', '_' or '-'.</source>
        <translation>此值须为 2-32 个字符，只能包含 a-z、0-9、“.”、“_”或“-”。</translation>
    </message>
    <message>
        <source>Your account was changed in the meantime. Please try again.</source>
        <translation>您的账户在此期间已被修改，请重试。</translation>
    </message>
    <message>
        <source>Your account is no longer active. Please ask an administrator.</source>
        <translation>您的账户已停用，请联系管理员。</translation>
    </message>
    <message>
        <source>Invalid username or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>This account is locked after too many failed attempts. Try again after {until}, or ask an administrator to unlock it.</source>
        <translation>由于登录失败次数过多，该账户已被锁定。请在 {until} 之后再试，或请管理员解锁。</translation>
    </message>
    <message>
        <source>Your session has ended. Please log in again.</source>
        <translation>您的会话已结束，请重新登录。</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>新密码不能与当前密码相同。</translation>
    </message>
    <message>
        <source>This is not your current password.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>A record with this value already exists.</source>
        <translation>已存在相同值的记录。</translation>
    </message>
    <message>
        <source>The {entity} no longer exists. Someone may have deleted it.</source>
        <translation>该{entity}已不存在，可能已被他人删除。</translation>
    </message>
    <message>
        <source>Someone else changed this {entity} in the meantime. Reload it and try again.</source>
        <translation>该{entity}在此期间已被他人修改。请重新加载后再试。</translation>
    </message>
    <message>
        <source>This value must be billing or shipping.</source>
        <translation>此值只能是“billing”（开票）或“shipping”（收货）。</translation>
    </message>
    <message>
        <source>An address needs at least a city or a street.</source>
        <translation>地址至少需要填写城市或详细地址。</translation>
    </message>
    <message>
        <source>Only one contact can be the primary one.</source>
        <translation>只能有一个主联系人。</translation>
    </message>
    <message>
        <source>A customer that was already merged cannot be merged again.</source>
        <translation>已合并过的客户不能再次合并。</translation>
    </message>
    <message>
        <source>Only an active customer can be archived.</source>
        <translation>只有正常状态的客户才能归档。</translation>
    </message>
    <message>
        <source>This value is already used by another customer.</source>
        <translation>此值已被其他客户使用。</translation>
    </message>
    <message>
        <source>The status filter is not valid.</source>
        <translation>状态筛选条件无效。</translation>
    </message>
    <message>
        <source>This value must be company or individual.</source>
        <translation>此值只能是“company”（公司）或“individual”（个人）。</translation>
    </message>
    <message>
        <source>This customer was merged into another one and can no longer change.</source>
        <translation>该客户已合并到另一个客户，不能再修改。</translation>
    </message>
    <message>
        <source>This customer may already exist: {name} ({code}).</source>
        <translation>该客户可能已存在：{name}（{code}）。</translation>
    </message>
    <message>
        <source>Only an archived customer can be restored.</source>
        <translation>只有已归档的客户才能恢复。</translation>
    </message>
    <message>
        <source>"{tag}" is longer than 32 characters.</source>
        <translation>标签“{tag}”超过 32 个字符。</translation>
    </message>
    <message>
        <source>More than {max} customers match; narrow the filter or export in parts.</source>
        <translation>符合条件的客户超过 {max} 个；请缩小筛选范围或分批导出。</translation>
    </message>
    <message>
        <source>"{owner}" is not a user.</source>
        <translation>“{owner}”不是系统用户。</translation>
    </message>
    <message>
        <source>Choose a customer other than the one that stays.</source>
        <translation>请选择与保留客户不同的客户。</translation>
    </message>
    <message>
        <source>The format must be CSV or Excel (XLSX).</source>
        <translation>格式必须为 CSV 或 Excel（XLSX）。</translation>
    </message>
    <message>
        <source>The Excel file could not be written.</source>
        <translation>无法写入 Excel 文件。</translation>
    </message>
    <message>
        <source>The CSV file cannot be read: {detail}</source>
        <translation>无法读取 CSV 文件：{detail}</translation>
    </message>
    <message>
        <source>The CSV data must be UTF-8 text with a header line.</source>
        <translation>CSV 数据必须是带表头行的 UTF-8 文本。</translation>
    </message>
    <message>
        <source>The format must be CSV or JSON.</source>
        <translation>格式必须为 CSV 或 JSON。</translation>
    </message>
    <message>
        <source>The data must be a list of rows.</source>
        <translation>数据必须是由多行组成的列表。</translation>
    </message>
    <message>
        <source>The file contains rows that cannot be read.</source>
        <translation>文件中有无法读取的行。</translation>
    </message>
    <message>
        <source>At most {max} rows can be imported at a time. Split the file.</source>
        <translation>每次最多导入 {max} 行，请拆分文件。</translation>
    </message>
    <message>
        <source>This warehouse already has an open stock count; post or cancel it first.</source>
        <translation>该仓库已有进行中的盘点单；请先将其过账或取消。</translation>
    </message>
    <message>
        <source>The stock count is {state}; only an open count can be changed.</source>
        <translation>该盘点单的状态为“{state}”；只有进行中的盘点单才能修改。</translation>
    </message>
    <message>
        <source>No such line in this stock count.</source>
        <translation>该盘点单中没有此行。</translation>
    </message>
    <message>
        <source>This value is used twice in this warehouse.</source>
        <translation>此值在该仓库中重复。</translation>
    </message>
    <message>
        <source>This value is not a location of this warehouse.</source>
        <translation>此值不是该仓库的库位。</translation>
    </message>
    <message>
        <source>Goods receipt {number}.</source>
        <translation>收货单 {number}。</translation>
    </message>
    <message>
        <source>This value must be adjustment, scrap or receipt.</source>
        <translation>此值必须为“库存调整”、“报废”或“入库”。</translation>
    </message>
    <message>
        <source>Stock count {number}.</source>
        <translation>盘点单 {number}。</translation>
    </message>
    <message>
        <source>Unknown kind of stock move: {kind}.</source>
        <translation>未知的库存变动类型：{kind}。</translation>
    </message>
    <message>
        <source>The product is already archived.</source>
        <translation>该产品已归档。</translation>
    </message>
    <message>
        <source>This value may hold letters, digits and - only.</source>
        <translation>此值只能包含字母、数字和“-”。</translation>
    </message>
    <message>
        <source>This value is already used by another product.</source>
        <translation>此值已被其他产品使用。</translation>
    </message>
    <message>
        <source>This value may hold letters, digits and . _ / - only.</source>
        <translation>此值只能包含字母、数字和 . _ / -。</translation>
    </message>
    <message>
        <source>This value must be a unit such as pcs, kg, m, box, l or set.</source>
        <translation>此值必须是计量单位，例如个、千克、米、箱、升或套。</translation>
    </message>
    <message>
        <source>A receipt brings stock in: the quantity must be positive.</source>
        <translation>入库会增加库存：数量必须为正数。</translation>
    </message>
    <message>
        <source>A reservation needs the document it belongs to.</source>
        <translation>预留库存必须关联所属单据。</translation>
    </message>
    <message>
        <source>Scrap takes stock out: the quantity must be negative.</source>
        <translation>报废会减少库存：数量必须为负数。</translation>
    </message>
    <message>
        <source>The stock figures of a product need repair. Ask an administrator to run the stock check.</source>
        <translation>某个产品的库存数据需要修复。请联系管理员运行库存检查。</translation>
    </message>
    <message>
        <source>Insufficient stock: {requested} requested, {on_hand} on hand, {reserved} reserved.</source>
        <translation>库存不足：需求 {requested}，现有 {on_hand}，已预留 {reserved}。</translation>
    </message>
    <message>
        <source>Insufficient stock: {qty} to ship but only {reserved} reserved.</source>
        <translation>库存不足：需发货 {qty}，但仅预留了 {reserved}。</translation>
    </message>
    <message>
        <source>The product list is not valid.</source>
        <translation>产品列表无效。</translation>
    </message>
    <message>
        <source>You do not have permission to repair stock levels.</source>
        <translation>您没有修复库存数量的权限。</translation>
    </message>
    <message>
        <source>Ask for at most {max} products at a time.</source>
        <translation>每次最多查询 {max} 个产品。</translation>
    </message>
    <message>
        <source>Choose a warehouse other than the source warehouse.</source>
        <translation>请选择与调出仓库不同的仓库。</translation>
    </message>
    <message>
        <source>This value may hold letters, digits, _ and - only.</source>
        <translation>此值只能包含字母、数字、“_”和“-”。</translation>
    </message>
    <message>
        <source>This value is already used by another warehouse.</source>
        <translation>此值已被其他仓库使用。</translation>
    </message>
    <message>
        <source>The warehouse still holds stock; move it elsewhere before deactivating the warehouse.</source>
        <translation>该仓库仍有库存；请先将库存调拨到其他仓库，再停用该仓库。</translation>
    </message>
    <message>
        <source>The warehouse is not active.</source>
        <translation>该仓库已停用。</translation>
    </message>
    <message>
        <source>The list could not be paged. Please reload it.</source>
        <translation>列表无法翻页，请重新加载。</translation>
    </message>
    <message>
        <source>The filter is not valid.</source>
        <translation>筛选条件无效。</translation>
    </message>
    <message>
        <source>The date filter is not a valid date.</source>
        <translation>日期筛选条件不是有效的日期。</translation>
    </message>
    <message>
        <source>The filter names a record that does not exist.</source>
        <translation>筛选条件引用的记录不存在。</translation>
    </message>
    <message>
        <source>The state filter is not valid.</source>
        <translation>状态筛选条件无效。</translation>
    </message>
    <message>
        <source>The list cannot be sorted this way.</source>
        <translation>列表不能按此方式排序。</translation>
    </message>
    <message>
        <source>A list can be sorted by at most 3 columns.</source>
        <translation>列表最多只能按 3 列排序。</translation>
    </message>
    <message>
        <source>The column {column} is sorted twice.</source>
        <translation>排序条件中“{column}”列出现了两次。</translation>
    </message>
    <message>
        <source>The list cannot be sorted by {column}.</source>
        <translation>列表不能按“{column}”排序。</translation>
    </message>
    <message>
        <source>Only a queued or failed message can be sent again (this one is {state}).</source>
        <translation>只有待发送或发送失败的邮件才能重新发送（该邮件的状态为“{state}”）。</translation>
    </message>
    <message>
        <source>This date must not be before the order date.</source>
        <translation>此日期不能早于订单日期。</translation>
    </message>
    <message>
        <source>Purchase order {number} is {state}: "{action}" is not possible in that state.</source>
        <translation>采购订单 {number} 的状态为“{state}”，此状态下不能执行“{action}”。</translation>
    </message>
    <message>
        <source>This order line cannot be read.</source>
        <translation>无法读取此订单行。</translation>
    </message>
    <message>
        <source>Purchase order {number} has no lines to send.</source>
        <translation>采购订单 {number} 没有明细行，无法发送。</translation>
    </message>
    <message>
        <source>This value is not a location of the order's warehouse.</source>
        <translation>此值不是订单所属仓库的库位。</translation>
    </message>
    <message>
        <source>Nothing to receive.</source>
        <translation>没有可收货的数量。</translation>
    </message>
    <message>
        <source>{qty} {unit} would be received on line {line} ({sku}), but only {open} of {ordered} ordered are still open.</source>
        <translation>第 {line} 行（{sku}）将收货 {qty} {unit}，但订购的 {ordered} 中仅剩 {open} 未收。</translation>
    </message>
    <message>
        <source>Choose either single products or all of them, not both.</source>
        <translation>只能选择单个产品或全部产品，不能同时选择。</translation>
    </message>
    <message>
        <source>The product has no default supplier.</source>
        <translation>该产品没有默认供应商。</translation>
    </message>
    <message>
        <source>Choose the products to order.</source>
        <translation>请选择要订购的产品。</translation>
    </message>
    <message>
        <source>The supplier is already archived.</source>
        <translation>该供应商已归档。</translation>
    </message>
    <message>
        <source>This value is already used by another supplier.</source>
        <translation>此值已被其他供应商使用。</translation>
    </message>
    <message>
        <source>You do not have permission to do this. Ask an administrator for access.</source>
        <translation>您没有执行此操作的权限。请向管理员申请。</translation>
    </message>
    <message>
        <source>An internal error occurred on the server. Please tell your administrator the log id {log_id}.</source>
        <translation>服务器发生内部错误。请将日志编号 {log_id} 告知管理员。</translation>
    </message>
    <message>
        <source>The server could not understand the request.</source>
        <translation>服务器无法理解该请求。</translation>
    </message>
    <message>
        <source>The server does not offer this function. Is the server older than this program?</source>
        <translation>服务器不提供此功能。服务器版本是否比本程序旧？</translation>
    </message>
    <message>
        <source>Please fill in the {param}.</source>
        <translation>请填写{param}。</translation>
    </message>
    <message>
        <source>Please choose the {param}.</source>
        <translation>请选择{param}。</translation>
    </message>
    <message>
        <source>The {param} is too long: at most {max} characters.</source>
        <translation>{param}过长：最多 {max} 个字符。</translation>
    </message>
    <message>
        <source>The {param} is not valid.</source>
        <translation>{param}无效。</translation>
    </message>
    <message>
        <source>The server does not accept the value {param}. Is the server older than this program?</source>
        <translation>服务器不接受“{param}”这一项。服务器版本是否比本程序旧？</translation>
    </message>
    <message>
        <source>The server could not read the request.</source>
        <translation>服务器无法读取该请求。</translation>
    </message>
    <message>
        <source>{count} errors in the file; nothing was imported.</source>
        <translation>文件中有 {count} 处错误；未导入任何数据。</translation>
    </message>
    <message>
        <source>This date is before the order date.</source>
        <translation>此日期早于订单日期。</translation>
    </message>
    <message>
        <source>This customer is {status}.</source>
        <translation>该客户{status}。</translation>
    </message>
    <message>
        <source>Another order of this channel already has this reference.</source>
        <translation>该渠道的另一张订单已使用此外部单号。</translation>
    </message>
    <message>
        <source>Order {number} is {state}: it cannot {action}.</source>
        <translation>订单 {number} 的状态为“{state}”，不能{action}。</translation>
    </message>
    <message>
        <source>An order needs at least one line.</source>
        <translation>订单至少需要一行明细。</translation>
    </message>
    <message>
        <source>{sku} is archived.</source>
        <translation>{sku} 已归档。</translation>
    </message>
    <message>
        <source>Say why the order is rejected.</source>
        <translation>请填写驳回订单的原因。</translation>
    </message>
    <message>
        <source>The report period must be given as dates.</source>
        <translation>报表期间必须以日期表示。</translation>
    </message>
    <message>
        <source>This value must be restock or scrap.</source>
        <translation>此值必须为“退回库存”或“报废”。</translation>
    </message>
    <message>
        <source>The line was never shipped; name the warehouse.</source>
        <translation>该行从未发货；请指定仓库。</translation>
    </message>
    <message>
        <source>Name the lines and quantities coming back.</source>
        <translation>请填写退回的行和数量。</translation>
    </message>
    <message>
        <source>Only {qty} was shipped and not returned.</source>
        <translation>已发货且未退货的数量仅为 {qty}。</translation>
    </message>
    <message>
        <source>{sku}: net unit price below cost.</source>
        <translation>{sku}：不含税单价低于成本。</translation>
    </message>
    <message>
        <source>Open and unpaid orders {exposure} plus this order {gross} exceed the credit limit {limit}.</source>
        <translation>未完成及未付款订单 {exposure} 加上本订单 {gross}，超出信用额度 {limit}。</translation>
    </message>
    <message>
        <source>{sku}: discount {pct}% above {max}%.</source>
        <translation>{sku}：折扣 {pct}% 超过上限 {max}%。</translation>
    </message>
    <message>
        <source>{sku}: {ordered} ordered, {available} available.</source>
        <translation>{sku}：订购 {ordered}，可用 {available}。</translation>
    </message>
    <message>
        <source>Order {number} has nothing allocated to ship.</source>
        <translation>订单 {number} 没有已分配可发货的数量。</translation>
    </message>
    <message>
        <source>Only {qty} is allocated and not shipped.</source>
        <translation>已分配且未发货的数量仅为 {qty}。</translation>
    </message>
    <message>
        <source>{sku}: less is reserved than allocated. Ask an administrator to run the stock check.</source>
        <translation>{sku}：预留数量少于已分配数量。请联系管理员运行库存检查。</translation>
    </message>
    <message>
        <source>Amendment.</source>
        <translation>订单变更。</translation>
    </message>
    <message>
        <source>Approved automatically.</source>
        <translation>自动审批通过。</translation>
    </message>
    <message>
        <source>{sku} {qty} allocated from arrived stock.</source>
        <translation>{sku} 已从到货库存中分配 {qty}。</translation>
    </message>
    <message>
        <source>Waiting for approval.</source>
        <translation>等待审批。</translation>
    </message>
    <message>
        <source>A new company file needs the password of its first user, admin.</source>
        <translation>新建公司文件需要设置第一个用户 admin 的密码。</translation>
    </message>
    <message>
        <source>The demo company can only be loaded into a new company file.</source>
        <translation>演示公司只能载入到新建的公司文件中。</translation>
    </message>
    <message>
        <source>This value must be an amount such as 50000.00.</source>
        <translation>此值必须是金额，例如 50000.00。</translation>
    </message>
    <message>
        <source>Quantity times price is too large.</source>
        <translation>数量乘以单价的结果过大。</translation>
    </message>
    <message>
        <source>This product is archived.</source>
        <translation>该产品已归档。</translation>
    </message>
    <message>
        <source>This supplier is archived.</source>
        <translation>该供应商已归档。</translation>
    </message>
    <message>
        <source>This value must be true or false.</source>
        <translation>此值必须为“是”或“否”。</translation>
    </message>
    <message>
        <source>This value cannot be emptied.</source>
        <translation>此值不能清空。</translation>
    </message>
    <message>
        <source>This value must be letters, digits, '-' or '_'.</source>
        <translation>此值只能包含字母、数字、“-”或“_”。</translation>
    </message>
    <message>
        <source>This value must be a two-letter country code.</source>
        <translation>此值必须是两个字母的国家代码。</translation>
    </message>
    <message>
        <source>This value must be a three-letter currency code such as CNY.</source>
        <translation>此值必须是三个字母的币种代码，例如 CNY。</translation>
    </message>
    <message>
        <source>This value must be a date such as 2026-11-27.</source>
        <translation>此值必须是日期，例如 2026-11-27。</translation>
    </message>
    <message>
        <source>This value must be a whole number of days.</source>
        <translation>此值必须是整数天数。</translation>
    </message>
    <message>
        <source>This value must be between 0 and 365 days.</source>
        <translation>此值必须在 0 到 365 天之间。</translation>
    </message>
    <message>
        <source>Enter a number such as {example}.</source>
        <translation>请输入数字，例如 {example}。</translation>
    </message>
    <message>
        <source>This value is not a valid e-mail address.</source>
        <translation>此值不是有效的电子邮件地址。</translation>
    </message>
    <message>
        <source>This line is given twice.</source>
        <translation>此行重复。</translation>
    </message>
    <message>
        <source>This product is not active.</source>
        <translation>该产品已停用。</translation>
    </message>
    <message>
        <source>This supplier is not active.</source>
        <translation>该供应商已停用。</translation>
    </message>
    <message>
        <source>This user is not active.</source>
        <translation>该用户已停用。</translation>
    </message>
    <message>
        <source>This warehouse is not active.</source>
        <translation>该仓库已停用。</translation>
    </message>
    <message>
        <source>This value must be a list.</source>
        <translation>此值必须是列表。</translation>
    </message>
    <message>
        <source>This value must be a list of names.</source>
        <translation>此值必须是名称列表。</translation>
    </message>
    <message>
        <source>This value must be a list of words.</source>
        <translation>此值必须是词语列表。</translation>
    </message>
    <message>
        <source>This value must be at most 100.00.</source>
        <translation>此值不能大于 100.00。</translation>
    </message>
    <message>
        <source>This value must not be negative.</source>
        <translation>此值不能为负数。</translation>
    </message>
    <message>
        <source>This value must be one of {values}.</source>
        <translation>此值必须是以下之一：{values}。</translation>
    </message>
    <message>
        <source>This value is not a phone number (mobile 13800138000, landline 010-12345678 or +44 20 7946 0958).</source>
        <translation>此值不是有效的电话号码（手机 13800138000、固定电话 010-12345678 或 +44 20 7946 0958）。</translation>
    </message>
    <message>
        <source>This value must be more than zero.</source>
        <translation>此值必须大于零。</translation>
    </message>
    <message>
        <source>This value must be between {min} and {max}.</source>
        <translation>此值必须在 {min} 到 {max} 之间。</translation>
    </message>
    <message>
        <source>Choose a record.</source>
        <translation>请选择一条记录。</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message>
        <source>This value is already in use.</source>
        <translation>此值已被使用。</translation>
    </message>
    <message>
        <source>This value must be 5-30 letters or digits.</source>
        <translation>此值必须是 5-30 个字母或数字。</translation>
    </message>
    <message>
        <source>This value must be text.</source>
        <translation>此值必须是文本。</translation>
    </message>
    <message>
        <source>This value must be at most {max} characters.</source>
        <translation>此值最多 {max} 个字符。</translation>
    </message>
    <message>
        <source>This value has more than {max} decimals.</source>
        <translation>此值的小数位数不能超过 {max} 位。</translation>
    </message>
    <message>
        <source>At most {max} entries are allowed.</source>
        <translation>最多允许 {max} 项。</translation>
    </message>
    <message>
        <source>At most {max} lines are allowed.</source>
        <translation>最多允许 {max} 行。</translation>
    </message>
    <message>
        <source>This value must be at least {min} characters.</source>
        <translation>此值至少需要 {min} 个字符。</translation>
    </message>
    <message>
        <source>No such customer.</source>
        <translation>客户不存在。</translation>
    </message>
    <message>
        <source>No such line in this order.</source>
        <translation>该订单中没有此行。</translation>
    </message>
    <message>
        <source>No such product.</source>
        <translation>产品不存在。</translation>
    </message>
    <message>
        <source>No such supplier.</source>
        <translation>供应商不存在。</translation>
    </message>
    <message>
        <source>No such warehouse.</source>
        <translation>仓库不存在。</translation>
    </message>
    <message>
        <source>Choose a user.</source>
        <translation>请选择用户。</translation>
    </message>
    <message>
        <source>This value must not be zero.</source>
        <translation>此值不能为零。</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>e-mail message</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>purchase order</source>
        <translation>采购订单</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>sales order</source>
        <translation>销售订单</translation>
    </message>
    <message>
        <source>stock count</source>
        <translation>盘点单</translation>
    </message>
    <message>
        <source>supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>allocated</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已审批</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>已签收</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>发送失败</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>partially received</source>
        <translation>部分收货</translation>
    </message>
    <message>
        <source>picking</source>
        <translation>拣货中</translation>
    </message>
    <message>
        <source>posted</source>
        <translation>已过账</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>待发送</translation>
    </message>
    <message>
        <source>received</source>
        <translation>已收货</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>allocate</source>
        <translation>分配库存</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>deliver</source>
        <translation>签收</translation>
    </message>
    <message>
        <source>pick</source>
        <translation>拣货</translation>
    </message>
    <message>
        <source>receive</source>
        <translation>收货</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>take back</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>ship</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>box</source>
        <translation>箱</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>千克</translation>
    </message>
    <message>
        <source>l</source>
        <translation>升</translation>
    </message>
    <message>
        <source>m</source>
        <translation>米</translation>
    </message>
    <message>
        <source>pcs</source>
        <translation>个</translation>
    </message>
    <message>
        <source>set</source>
        <translation>套</translation>
    </message>
    <message>
        <source>Customer pick-up</source>
        <translation>客户自提</translation>
    </message>
    <message>
        <source>DHL</source>
        <translation>DHL</translation>
    </message>
    <message>
        <source>China Post EMS</source>
        <translation>中国邮政 EMS</translation>
    </message>
    <message>
        <source>JD Logistics</source>
        <translation>京东物流</translation>
    </message>
    <message>
        <source>Own vehicle</source>
        <translation>自有车辆</translation>
    </message>
    <message>
        <source>SF Express</source>
        <translation>顺丰速运</translation>
    </message>
    <message>
        <source>YTO Express</source>
        <translation>圆通速递</translation>
    </message>
    <message>
        <source>ZTO Express</source>
        <translation>中通快递</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>sales channel</source>
        <translation>销售渠道</translation>
    </message>
    <message>
        <source>code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>counted quantity</source>
        <translation>实盘数量</translation>
    </message>
    <message>
        <source>credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>duplicate customer</source>
        <translation>重复客户</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>电子邮件地址</translation>
    </message>
    <message>
        <source>expected date</source>
        <translation>预计到货日期</translation>
    </message>
    <message>
        <source>source warehouse</source>
        <translation>调出仓库</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>order lines</source>
        <translation>订单明细</translation>
    </message>
    <message>
        <source>location</source>
        <translation>库位</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>new password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>customer that stays</source>
        <translation>保留的客户</translation>
    </message>
    <message>
        <source>tax ID</source>
        <translation>税号</translation>
    </message>
    <message>
        <source>target warehouse</source>
        <translation>调入仓库</translation>
    </message>
    <message>
        <source>tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>unit cost</source>
        <translation>采购单价</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Accountant</source>
        <translation>会计</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>Human resources</source>
        <translation>人力资源</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Purchasing</source>
        <translation>采购</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓储</translation>
    </message>
    <message>
        <source>Finance: ledger, invoices and payments</source>
        <translation>财务：总账、发票和收付款</translation>
    </message>
    <message>
        <source>Everything, including users, roles and the audit trail</source>
        <translation>全部功能，包括用户、角色和审计日志</translation>
    </message>
    <message>
        <source>Human resources, salaries included</source>
        <translation>人力资源，含薪资</translation>
    </message>
    <message>
        <source>Reads and approves everything outside administration; keeps customers</source>
        <translation>可查看和审批系统管理以外的全部业务；维护客户</translation>
    </message>
    <message>
        <source>Suppliers, purchase orders and replenishment</source>
        <translation>供应商、采购订单和补货</translation>
    </message>
    <message>
        <source>Customers (CRM) and sales orders</source>
        <translation>客户（CRM）和销售订单</translation>
    </message>
    <message>
        <source>Inventory, shipping and receiving</source>
        <translation>库存、发货和收货</translation>
    </message>
    <message>
        <source>The bank account may hold letters, digits, spaces and '-' only.</source>
        <translation>银行账号只能包含字母、数字、空格和“-”。</translation>
    </message>
    <message>
        <source>Someone else changed the company profile in the meantime. Reload it and try again.</source>
        <translation>其他人刚刚修改了公司资料，请重新加载后再试。</translation>
    </message>
    <message>
        <source>The country must be a two-letter code such as CN.</source>
        <translation>国家须为两位字母代码，如 CN。</translation>
    </message>
    <message>
        <source>"{code}" is not a currency code such as CNY.</source>
        <translation>“{code}”不是有效的币种代码（如 CNY）。</translation>
    </message>
    <message>
        <source>This day does not exist in the chosen month.</source>
        <translation>所选月份中没有这一天。</translation>
    </message>
    <message>
        <source>The month must be from 1 to 12.</source>
        <translation>月份须在 1 到 12 之间。</translation>
    </message>
    <message>
        <source>The logo cannot be read. Choose the image again.</source>
        <translation>无法读取公司标志，请重新选择图片。</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>公司标志须为 PNG 或 JPEG 图片。</translation>
    </message>
    <message>
        <source>The logo must be at most {max_kb} KB.</source>
        <translation>公司标志不能超过 {max_kb} KB。</translation>
    </message>
    <message>
        <source>The company name is required.</source>
        <translation>请填写公司名称。</translation>
    </message>
    <message>
        <source>The phone number may hold digits, spaces and + ( ) - # only.</source>
        <translation>电话号码只能包含数字、空格和 + ( ) - #。</translation>
    </message>
    <message>
        <source>The tax ID may hold 2 to 32 letters, digits, spaces, '-', '.' and '/'.</source>
        <translation>税号须为 2 到 32 个字母、数字、空格、“-”、“.”或“/”。</translation>
    </message>
    <message>
        <source>This is not a valid unified social credit code (18 characters, the last one a check character).</source>
        <translation>这不是有效的统一社会信用代码（共 18 位，最后一位为校验码）。</translation>
    </message>
    <message>
        <source>Choose general taxpayer or small-scale taxpayer.</source>
        <translation>请选择一般纳税人或小规模纳税人。</translation>
    </message>
    <message>
        <source>This module is part of the core and cannot be switched off.</source>
        <translation>该模块属于核心模块，不能停用。</translation>
    </message>
    <message>
        <source>This module needs another module that is switched off. Switch that one on first.</source>
        <translation>该模块依赖的另一个模块已停用，请先启用那个模块。</translation>
    </message>
    <message>
        <source>Other modules need this module. Switch them off first.</source>
        <translation>其他模块依赖该模块，请先停用它们。</translation>
    </message>
    <message>
        <source>There is no such module.</source>
        <translation>没有这个模块。</translation>
    </message>
    <message>
        <source>"{rule}" is not a record rule.</source>
        <translation>“{rule}”不是数据权限规则。</translation>
    </message>
    <message>
        <source>{failed} of {total} rows have errors; nothing was imported.</source>
        <translation>{total} 行中有 {failed} 行有错误，未导入任何数据。</translation>
    </message>
    <message>
        <source>This code belongs to a customer that was merged into another one.</source>
        <translation>该编码所属的客户已合并到其他客户。</translation>
    </message>
    <message>
        <source>There is no product with the SKU "{sku}".</source>
        <translation>没有 SKU 为“{sku}”的产品。</translation>
    </message>
    <message>
        <source>There is no warehouse with the code "{warehouse}".</source>
        <translation>没有编码为“{warehouse}”的仓库。</translation>
    </message>
    <message>
        <source>An opening balance must be more than zero.</source>
        <translation>期初数量必须大于零。</translation>
    </message>
    <message>
        <source>An opening balance of {qty} was already posted for this product in this warehouse. Correct it with a stock count.</source>
        <translation>该产品在此仓库已登记期初数量 {qty}，如需更正请通过盘点。</translation>
    </message>
    <message>
        <source>You do not have permission to change this field.</source>
        <translation>您无权修改此字段。</translation>
    </message>
    <message>
        <source>An import can stay open for at most {max} seconds.</source>
        <translation>一次导入最多保持 {max} 秒。</translation>
    </message>
    <message>
        <source>The rows of the file arrived out of order. Please start the import again.</source>
        <translation>文件行的顺序错乱，请重新开始导入。</translation>
    </message>
    <message>
        <source>At most {max} rows can be sent at a time.</source>
        <translation>每次最多发送 {max} 行。</translation>
    </message>
    <message>
        <source>"{value}" appears already in an earlier row of the file.</source>
        <translation>“{value}”已在文件前面的行中出现。</translation>
    </message>
    <message>
        <source>{count} problems in the file; nothing was imported.</source>
        <translation>文件中有 {count} 个问题，未导入任何数据。</translation>
    </message>
    <message>
        <source>You do not have permission to import these records. Ask an administrator for access.</source>
        <translation>您无权导入这些记录，请向管理员申请权限。</translation>
    </message>
    <message>
        <source>{rows} rows of the file have problems; nothing was imported. Correct them and check the file again.</source>
        <translation>文件中有 {rows} 行有问题，未导入任何数据。请更正后重新检查文件。</translation>
    </message>
    <message>
        <source>This import was cancelled. Please start it again.</source>
        <translation>此次导入已取消，请重新开始。</translation>
    </message>
    <message>
        <source>This import is already finished. Start a new one to import more.</source>
        <translation>此次导入已完成，如需继续导入请重新开始。</translation>
    </message>
    <message>
        <source>This import was left open too long and has expired. Please start it again.</source>
        <translation>此次导入闲置过久已过期，请重新开始。</translation>
    </message>
    <message>
        <source>This import no longer exists. Please start it again.</source>
        <translation>此次导入已不存在，请重新开始。</translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>文件中没有可导入的行。</translation>
    </message>
    <message>
        <source>"{value}" is neither yes nor no.</source>
        <translation>“{value}”既不是“是”也不是“否”。</translation>
    </message>
    <message>
        <source>"{value}" is not a date (write it as 2026-11-27).</source>
        <translation>“{value}”不是日期（请写成 2026-11-27 的格式）。</translation>
    </message>
    <message>
        <source>"{value}" is not a whole number.</source>
        <translation>“{value}”不是整数。</translation>
    </message>
    <message>
        <source>"{value}" is not a number.</source>
        <translation>“{value}”不是数字。</translation>
    </message>
    <message>
        <source>A value is required.</source>
        <translation>此项必填。</translation>
    </message>
    <message>
        <source>The server could not save this row.</source>
        <translation>服务器无法保存此行。</translation>
    </message>
    <message>
        <source>These records cannot be imported.</source>
        <translation>这类记录不能导入。</translation>
    </message>
    <message>
        <source>This part of the program is switched off for your company. Ask an administrator.</source>
        <translation>贵公司已停用此功能模块，请联系管理员。</translation>
    </message>
    <message>
        <source>This cell holds invisible control characters. Retype it.</source>
        <translation>该单元格含有不可见的控制字符，请重新输入。</translation>
    </message>
    <message>
        <source>The {param} holds invisible control characters. Retype it.</source>
        <translation>{param}含有不可见的控制字符，请重新输入。</translation>
    </message>
    <message>
        <source>This value holds invisible control characters. Retype it.</source>
        <translation>此值含有不可见的控制字符，请重新输入。</translation>
    </message>
    <message>
        <source>search text</source>
        <translation>搜索内容</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>The server cannot filter by "{key}". Is the server older than this program?</source>
        <translation>服务器不支持按“{key}”筛选。服务器版本是否比本程序旧？</translation>
    </message>
    <message>
        <source>An account code is 1 to 20 letters, digits, '.' or '-'.</source>
        <translation>科目代码为 1 到 20 位字母、数字、“.”或“-”。</translation>
    </message>
    <message>
        <source>A sub-account's code must start with its parent's code {code}.</source>
        <translation>明细科目的代码必须以上级科目代码 {code} 开头。</translation>
    </message>
    <message>
        <source>Account {code} still has a balance: move it to another account before archiving it.</source>
        <translation>科目 {code} 仍有余额：请先将余额转到其他科目，再停用。</translation>
    </message>
    <message>
        <source>Account {code} is used for automatic postings ({role}) in Finance ▸ Settings: choose another account there first.</source>
        <translation>科目 {code} 在“财务 ▸ 设置”中用于自动记账（{role}）：请先在那里改选其他科目。</translation>
    </message>
    <message>
        <source>Account {code} already has entries, so it cannot get sub-accounts.</source>
        <translation>科目 {code} 已有凭证，不能再增加明细科目。</translation>
    </message>
    <message>
        <source>Account {code} is archived.</source>
        <translation>科目 {code} 已停用。</translation>
    </message>
    <message>
        <source>Account {code} has sub-accounts: choose one of them.</source>
        <translation>科目 {code} 有明细科目：请选择其中一个明细科目。</translation>
    </message>
    <message>
        <source>Entry {number} has already been reversed, or is itself a reversal.</source>
        <translation>凭证 {number} 已被冲销，或本身就是冲销凭证。</translation>
    </message>
    <message>
        <source>This amount is too large.</source>
        <translation>金额过大。</translation>
    </message>
    <message>
        <source>This line is not valid.</source>
        <translation>此分录行无效。</translation>
    </message>
    <message>
        <source>A line has either a debit or a credit amount, not both and not neither.</source>
        <translation>每行分录只能填写借方或贷方金额之一，不能都填，也不能都空。</translation>
    </message>
    <message>
        <source>You may write drafts, but posting needs the permission to post entries.</source>
        <translation>您可以保存草稿，但过账需要“凭证过账”权限。</translation>
    </message>
    <message>
        <source>Entry {number} is posted and can no longer change: reverse it instead.</source>
        <translation>凭证 {number} 已过账，不能再修改：请改用冲销。</translation>
    </message>
    <message>
        <source>A draft is not reversed: change or discard it.</source>
        <translation>草稿凭证无需冲销：请直接修改或删除。</translation>
    </message>
    <message>
        <source>An entry needs at least two lines.</source>
        <translation>一张凭证至少需要两行分录。</translation>
    </message>
    <message>
        <source>Debits ({debit}) and credits ({credit}) differ: an entry must balance.</source>
        <translation>借方合计（{debit}）与贷方合计（{credit}）不相等：借贷必须平衡。</translation>
    </message>
    <message>
        <source>This is not an account of the chart.</source>
        <translation>这不是科目表中的科目。</translation>
    </message>
    <message>
        <source>This is not a known customer or supplier.</source>
        <translation>这不是已有的客户或供应商。</translation>
    </message>
    <message>
        <source>An entry must move an amount.</source>
        <translation>凭证金额不能为零。</translation>
    </message>
    <message>
        <source>The period {period} is already closed.</source>
        <translation>会计期间 {period} 已结账。</translation>
    </message>
    <message>
        <source>The period {period} is closed: nothing can be posted into it.</source>
        <translation>会计期间 {period} 已结账：不能再记账。</translation>
    </message>
    <message>
        <source>The period {period} still has {count} draft entries: post or discard them first.</source>
        <translation>会计期间 {period} 还有 {count} 张草稿凭证：请先过账或删除。</translation>
    </message>
    <message>
        <source>Enter a month such as 2026-03.</source>
        <translation>请输入月份，例如 2026-03。</translation>
    </message>
    <message>
        <source>The period {period} is not closed.</source>
        <translation>会计期间 {period} 未结账。</translation>
    </message>
    <message>
        <source>No account is set for automatic postings ({role}) in Finance ▸ Settings.</source>
        <translation>“财务 ▸ 设置”中未设置自动记账（{role}）所用的科目。</translation>
    </message>
    <message>
        <source>The end must not be before the start.</source>
        <translation>结束不能早于开始。</translation>
    </message>
    <message>
        <source>The chart of accounts cannot be changed any more: accounts already have entries.</source>
        <translation>科目表已不能更换：已有科目记过账。</translation>
    </message>
    <message>
        <source>Choose an active account without sub-accounts.</source>
        <translation>请选择一个启用中且没有明细科目的科目。</translation>
    </message>
    <message>
        <source>The filter {filter} must be text.</source>
        <translation>筛选条件 {filter} 必须是文本。</translation>
    </message>
    <message>
        <source>The server closed the connection after {seconds} seconds without a request. The program reconnects by itself.</source>
        <translation>服务器在 {seconds} 秒内未收到任何请求，已关闭连接。程序会自动重新连接。</translation>
    </message>
    <message>
        <source>The request was too large for the server (at most {max} bytes).</source>
        <translation>请求过大，服务器无法处理（最多 {max} 字节）。</translation>
    </message>
    <message>
        <source>The request was too large for the server before logging in (at most {max} bytes).</source>
        <translation>登录前的请求过大，服务器无法处理（最多 {max} 字节）。</translation>
    </message>
    <message>
        <source>The server closed the connection because nobody logged in within {seconds} seconds. The program reconnects by itself.</source>
        <translation>由于在 {seconds} 秒内无人登录，服务器已关闭连接。程序会自动重新连接。</translation>
    </message>
    <message>
        <source>The server has too many connections (at most {max}). Try again later or ask your administrator.</source>
        <translation>服务器连接数过多（最多 {max} 个）。请稍后重试，或联系管理员。</translation>
    </message>
    <message>
        <source>Too many connections from this address ({address}, at most {max}). Close other ERP windows on it or ask your administrator.</source>
        <translation>来自此地址（{address}）的连接过多（最多 {max} 个）。请关闭该地址上的其他 ERP 窗口，或联系管理员。</translation>
    </message>
    <message>
        <source>The server did not run this request: the answer would have been larger than {max} bytes. Ask for fewer records at a time.</source>
        <translation>服务器未执行此请求：返回结果将超过 {max} 字节。请每次查询更少的记录。</translation>
    </message>
    <message>
        <source>Choose at most ten years at once.</source>
        <translation>一次最多选择十年。</translation>
    </message>
    <message>
        <source>VAT can be transferred for this month or earlier ones only.</source>
        <translation>只能结转本月或以前月份的增值税。</translation>
    </message>
    <message>
        <source>The quantity is more than is left to credit on this line ({open}).</source>
        <translation>数量超过本行尚可红冲的数量（{open}）。</translation>
    </message>
    <message>
        <source>Only a posted invoice can be credited; cancel a draft instead.</source>
        <translation>只有已过账的发票才能开具红字发票；草稿请直接作废。</translation>
    </message>
    <message>
        <source>The quantity is more than is shipped and not invoiced yet ({open}).</source>
        <translation>数量超过已发货未开票的数量（{open}）。</translation>
    </message>
    <message>
        <source>A fapiao number has up to 20 digits.</source>
        <translation>发票号码最多 20 位数字。</translation>
    </message>
    <message>
        <source>An invoice needs at least one line.</source>
        <translation>发票至少需要一行。</translation>
    </message>
    <message>
        <source>Invoice {number} is already credited in full.</source>
        <translation>发票 {number} 已全额红冲。</translation>
    </message>
    <message>
        <source>Order {order} has nothing shipped that is not invoiced yet.</source>
        <translation>订单 {order} 没有已发货未开票的数量。</translation>
    </message>
    <message>
        <source>Order {order} is in {currency}; invoices are written in the base currency {base}.</source>
        <translation>订单 {order} 的币种为 {currency}；发票须以本位币 {base} 开具。</translation>
    </message>
    <message>
        <source>Posting an invoice needs the permission finance.invoice.post.</source>
        <translation>您没有发票过账的权限，请联系管理员。</translation>
    </message>
    <message>
        <source>Invoice {number} is posted: only its fapiao number and date can change. Credit it to cancel it.</source>
        <translation>发票 {number} 已过账：只能修改发票号码和开票日期。如需取消，请开具红字发票。</translation>
    </message>
    <message>
        <source>The tax rate must be one of {values} %.</source>
        <translation>税率必须为 {values} % 之一。</translation>
    </message>
    <message>
        <source>This is not a line of the invoice.</source>
        <translation>这不是该发票的行。</translation>
    </message>
    <message>
        <source>This is not a sales order.</source>
        <translation>这不是销售订单。</translation>
    </message>
    <message>
        <source>An invoice without an amount cannot be posted.</source>
        <translation>金额为零的发票不能过账。</translation>
    </message>
    <message>
        <source>The amount is more than the invoice's open amount {open}.</source>
        <translation>金额超过该发票的未收金额 {open}。</translation>
    </message>
    <message>
        <source>The amounts applied ({amount}) are more than the payment has left ({unapplied}).</source>
        <translation>核销金额（{amount}）超过该款项的未核销余额（{unapplied}）。</translation>
    </message>
    <message>
        <source>This is not an open invoice of the payment's customer.</source>
        <translation>这不是该付款客户的未结发票。</translation>
    </message>
    <message>
        <source>This is not an allocation of this payment.</source>
        <translation>这不是该款项的核销记录。</translation>
    </message>
    <message>
        <source>The backup failed: {reason}</source>
        <translation>备份失败：{reason}</translation>
    </message>
    <message>
        <source>The server has no backup directory. Ask the administrator to start erp-server with --backup DIR.</source>
        <translation>服务器未配置备份目录，请联系管理员配置。</translation>
    </message>
    <message>
        <source>The cost is the moving average of the stock on hand; receipts change it.</source>
        <translation>成本按现有库存的移动加权平均计算，每次入库都会重新计算。</translation>
    </message>
    <message>
        <source>Bill {number} is {state}: it cannot {action}.</source>
        <translation>应付发票 {number} 的状态为{state}，不能{action}。</translation>
    </message>
    <message>
        <source>Bill {number} differs from its purchase order beyond the tolerance: it must be approved before it is posted.</source>
        <translation>应付发票 {number} 与采购订单的差异超出容差，须先审批才能过账。</translation>
    </message>
    <message>
        <source>A bill needs at least one line.</source>
        <translation>应付发票至少需要一行。</translation>
    </message>
    <message>
        <source>Nothing is received and not billed yet on this line.</source>
        <translation>该行没有已收货且尚未开票的数量。</translation>
    </message>
    <message>
        <source>Order {order} has nothing received that is not billed yet.</source>
        <translation>订单 {order} 没有已收货且尚未开票的数量。</translation>
    </message>
    <message>
        <source>Order {order} is in {currency}; bills are written in the base currency {base}.</source>
        <translation>订单 {order} 的币种为 {currency}，应付发票须以本位币 {base} 开具。</translation>
    </message>
    <message>
        <source>Bill {number} has payments applied: unapply them before cancelling it.</source>
        <translation>应付发票 {number} 已有付款核销，请先取消核销再作废。</translation>
    </message>
    <message>
        <source>Bill {number} is posted: only the supplier's bill number and date can change. Cancel it to reverse it.</source>
        <translation>应付发票 {number} 已过账，只能修改供应商发票号和日期；如需冲销请作废。</translation>
    </message>
    <message>
        <source>This is not a purchase order.</source>
        <translation>这不是采购订单。</translation>
    </message>
    <message>
        <source>A bill without an amount cannot be posted.</source>
        <translation>金额为零的应付发票不能过账。</translation>
    </message>
    <message>
        <source>The amount is more than the bill's open amount {open}.</source>
        <translation>金额超过应付发票的未结金额 {open}。</translation>
    </message>
    <message>
        <source>This is not an open bill of the payment's supplier.</source>
        <translation>这不是该付款供应商的未结应付发票。</translation>
    </message>
    <message>
        <source>Enter a date and time such as 2026-11-27 09:30.</source>
        <translation>请输入日期和时间，例如 2026-11-27 09:30。</translation>
    </message>
    <message>
        <source>The lead {name} is {state}: it cannot {action}.</source>
        <translation>线索 {name} 处于“{state}”状态，无法{action}。</translation>
    </message>
    <message>
        <source>Chose a competitor</source>
        <translation>选择了竞争对手</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>没有预算</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>未做决定</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Price too high</source>
        <translation>价格过高</translation>
    </message>
    <message>
        <source>Wrong timing</source>
        <translation>时机不对</translation>
    </message>
    <message>
        <source>Choose an active reason.</source>
        <translation>请选择一个启用的原因。</translation>
    </message>
    <message>
        <source>Opportunity {number} is {state} and can no longer change.</source>
        <translation>商机 {number} 已{state}，不能再更改。</translation>
    </message>
    <message>
        <source>Use Lose with a reason to close opportunity {number} as lost.</source>
        <translation>请使用“输单”并填写原因来关闭商机 {number}。</translation>
    </message>
    <message>
        <source>Use Win to close opportunity {number}: it creates the sales order.</source>
        <translation>请使用“赢单”关闭商机 {number}：系统会生成销售订单。</translation>
    </message>
    <message>
        <source>Opportunity {number} has no customer yet: convert its lead or choose a customer.</source>
        <translation>商机 {number} 还没有客户：请先将线索转为客户或选择客户。</translation>
    </message>
    <message>
        <source>Add the products of interest to opportunity {number} before winning it.</source>
        <translation>赢单前请先为商机 {number} 添加意向产品。</translation>
    </message>
    <message>
        <source>The sales order could not be created: the sales module did not answer.</source>
        <translation>无法创建销售订单：销售模块没有响应。</translation>
    </message>
    <message>
        <source>A new opportunity starts in an open stage.</source>
        <translation>新商机必须从未关闭的阶段开始。</translation>
    </message>
    <message>
        <source>More than {max} rows match; narrow the filter or export in parts.</source>
        <translation>匹配的行数超过 {max}；请缩小筛选范围或分批导出。</translation>
    </message>
    <message>
        <source>A new lead is assigned; a stage change creates an activity.</source>
        <translation>新线索会被分配；阶段变更会创建活动。</translation>
    </message>
    <message>
        <source>The stage {name} is switched off.</source>
        <translation>阶段 {name} 已停用。</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <source>Needs analysis</source>
        <translation>需求分析</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>谈判</translation>
    </message>
    <message>
        <source>No lost stage is configured.</source>
        <translation>没有配置输单阶段。</translation>
    </message>
    <message>
        <source>No open stage is configured.</source>
        <translation>没有配置未关闭的阶段。</translation>
    </message>
    <message>
        <source>No won stage is configured.</source>
        <translation>没有配置赢单阶段。</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>方案报价</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>新线索</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>A stage cannot be both won and lost.</source>
        <translation>一个阶段不能同时是赢单和输单。</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>automation rule</source>
        <translation>自动化规则</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>lost reason</source>
        <translation>输单原因</translation>
    </message>
    <message>
        <source>opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>converted</source>
        <translation>已转化</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>已输单</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>qualified</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>won</source>
        <translation>已赢单</translation>
    </message>
    <message>
        <source>convert</source>
        <translation>转化</translation>
    </message>
    <message>
        <source>mark as lost</source>
        <translation>标记为输单</translation>
    </message>
    <message>
        <source>qualify</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>The contract cannot end before it starts.</source>
        <translation>合同结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>The probation must end between the start and the end of the contract.</source>
        <translation>试用期截止日必须在合同开始日期与结束日期之间。</translation>
    </message>
    <message>
        <source>The department is already archived.</source>
        <translation>该部门已归档。</translation>
    </message>
    <message>
        <source>The department {name} still has current employees or active sub-departments: move them first.</source>
        <translation>部门 {name} 仍有在职员工或未归档的下级部门：请先将其调出。</translation>
    </message>
    <message>
        <source>This department is archived.</source>
        <translation>该部门已归档。</translation>
    </message>
    <message>
        <source>This code is already used by another department.</source>
        <translation>此编码已被其他部门使用。</translation>
    </message>
    <message>
        <source>A department cannot be placed under itself or one of its sub-departments.</source>
        <translation>不能将部门移到其自身或其下级部门之下。</translation>
    </message>
    <message>
        <source>The department {name} is in use (employees, positions or sub-departments): archive it instead.</source>
        <translation>部门 {name} 正在使用中（有员工、岗位或下级部门）：请改为归档。</translation>
    </message>
    <message>
        <source>This is not a department.</source>
        <translation>这不是部门。</translation>
    </message>
    <message>
        <source>The employee is already archived.</source>
        <translation>该员工已归档。</translation>
    </message>
    <message>
        <source>Only an employee who has left can be archived: record the leave date and reason first.</source>
        <translation>只有已离职的员工才能归档：请先填写离职日期和离职原因。</translation>
    </message>
    <message>
        <source>An archived employee must have left.</source>
        <translation>已归档的员工必须为已离职状态。</translation>
    </message>
    <message>
        <source>The birth date does not match the ID number ({date}).</source>
        <translation>出生日期与身份证号不符（{date}）。</translation>
    </message>
    <message>
        <source>This date must not be in the future.</source>
        <translation>此日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The elderly support share can be at most {max} a month.</source>
        <translation>赡养老人分摊额每月最多 {max}。</translation>
    </message>
    <message>
        <source>The gender does not match the ID number.</source>
        <translation>性别与身份证号不符。</translation>
    </message>
    <message>
        <source>The housing fund rate must be 0 or between 5.00 and 12.00 percent.</source>
        <translation>公积金比例必须为 0，或在 5.00% 到 12.00% 之间。</translation>
    </message>
    <message>
        <source>The ID number does not hold a valid birth date.</source>
        <translation>身份证号中的出生日期无效。</translation>
    </message>
    <message>
        <source>The ID number must be 17 digits followed by a digit or X.</source>
        <translation>身份证号必须为 17 位数字加 1 位数字或 X。</translation>
    </message>
    <message>
        <source>The ID number's check character is wrong: please check the number.</source>
        <translation>身份证号校验码错误：请核对号码。</translation>
    </message>
    <message>
        <source>The ID number must be 18 characters long.</source>
        <translation>身份证号必须为 18 位。</translation>
    </message>
    <message>
        <source>This ID number is already used by another employee.</source>
        <translation>此身份证号已被其他员工使用。</translation>
    </message>
    <message>
        <source>The leave date cannot be before the hire date.</source>
        <translation>离职日期不能早于入职日期。</translation>
    </message>
    <message>
        <source>A leave date and reason are only for an employee who has left.</source>
        <translation>只有已离职的员工才能填写离职日期和离职原因。</translation>
    </message>
    <message>
        <source>The manager cannot be the employee himself or one of his reports.</source>
        <translation>直属上级不能是该员工本人或其下属。</translation>
    </message>
    <message>
        <source>This number is already used by another employee.</source>
        <translation>此工号已被其他员工使用。</translation>
    </message>
    <message>
        <source>This is not an employee.</source>
        <translation>这不是员工。</translation>
    </message>
    <message>
        <source>This login is already linked to another employee.</source>
        <translation>此登录账号已关联其他员工。</translation>
    </message>
    <message>
        <source>More than {max} employees match; narrow the filter or export in parts.</source>
        <translation>符合条件的员工超过 {max} 名；请缩小筛选范围或分批导出。</translation>
    </message>
    <message>
        <source>The position is already archived.</source>
        <translation>该岗位已归档。</translation>
    </message>
    <message>
        <source>{count} employees still hold the position {title}.</source>
        <translation>仍有 {count} 名员工在岗位 {title} 上任职。</translation>
    </message>
    <message>
        <source>The department cannot change while employees hold the position.</source>
        <translation>岗位上有员工任职时，不能更改其所属部门。</translation>
    </message>
    <message>
        <source>This position belongs to another department.</source>
        <translation>该岗位属于其他部门。</translation>
    </message>
    <message>
        <source>This department already has a position with this title.</source>
        <translation>该部门已有同名岗位。</translation>
    </message>
    <message>
        <source>This is not a position.</source>
        <translation>这不是岗位。</translation>
    </message>
    <message>
        <source>This value must be an object.</source>
        <translation>此值必须是对象。</translation>
    </message>
    <message>
        <source>department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>position</source>
        <translation>岗位</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Setup::CompanySetupPage</name>
    <message>
        <source>Chart of accounts</source>
        <translation>会计科目表</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>您的公司</translation>
    </message>
    <message>
        <source>The name, address, tax id and logo head every printed document. The currency and the start of the fiscal year are those of your books.</source>
        <translation>名称、地址、税号和公司标志将显示在每份打印单据的页眉。币种和会计年度起始日应与您的账簿一致。</translation>
    </message>
    <message>
        <source>Chinese small business (小企业会计准则)</source>
        <extracomment>小企业会计准则: the chart of accounts of China's accounting standard for small businesses</extracomment>
        <translation>小企业会计准则</translation>
    </message>
    <message>
        <source>Generic (IFRS-like)</source>
        <translation>通用（类似 IFRS）</translation>
    </message>
    <message>
        <source>The chart of accounts was not changed: %1</source>
        <translation>会计科目表未更改：%1</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Setup::DoneSetupPage</name>
    <message>
        <source>Ready</source>
        <translation>准备就绪</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your company is set up.&lt;/p&gt;&lt;p&gt;The dashboard lists what to do next — add products, put your opening stock in, add customers and take the first order — each step a link to where it is done, ticked off as you go.&lt;/p&gt;&lt;p&gt;Everything entered here can be changed later: the profile in Admin ▸ Company, warehouses in Inventory ▸ Warehouses, users in Admin ▸ Users.&lt;/p&gt;</source>
        <translation>&lt;p&gt;公司已设置完成。&lt;/p&gt;&lt;p&gt;仪表盘会列出接下来的步骤 — 添加产品、录入期初库存、添加客户并录入第一张订单 — 每一步都链接到相应的操作界面，完成后会自动勾选。&lt;/p&gt;&lt;p&gt;此处录入的所有内容以后都可以修改：公司信息在“系统管理 ▸ 公司”中，仓库在“库存 ▸ 仓库”中，用户在“系统管理 ▸ 用户”中。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Setup::ImportSetupPage</name>
    <message>
        <source>Your data</source>
        <translation>您的数据</translation>
    </message>
    <message>
        <source>Optional: bring your customers, products and opening stock in from an Excel (.xlsx) or CSV file — or skip and enter them as you go.</source>
        <translation>可选：从 Excel (.xlsx) 或 CSV 文件导入客户、产品和期初库存 — 也可以跳过，以后随用随录。</translation>
    </message>
    <message>
        <source>Import &amp;Customers…</source>
        <translation>导入客户(&amp;C)…</translation>
    </message>
    <message>
        <source>Code, name, tax id, contacts, addresses.</source>
        <translation>编码、名称、税号、联系人、地址。</translation>
    </message>
    <message>
        <source>Import &amp;Products…</source>
        <translation>导入产品(&amp;P)…</translation>
    </message>
    <message>
        <source>SKU, name, unit, price, cost, reorder point.</source>
        <translation>货号、名称、单位、售价、成本、再订货点。</translation>
    </message>
    <message>
        <source>Import &amp;Opening Stock…</source>
        <translation>导入期初库存(&amp;O)…</translation>
    </message>
    <message>
        <source>Warehouse code, SKU and the quantity on the shelves today (after the products).</source>
        <translation>仓库编码、货号及当前货架上的数量（请在导入产品之后导入）。</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged.</source>
        <translation>已导入：新增 %1 条，更新 %2 条，未变化 %3 条。</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Setup::SetupWizard</name>
    <message>
        <source>Set Up Your Company</source>
        <translation>设置您的公司</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Setup::UsersSetupPage</name>
    <message>
        <source>&amp;Add User…</source>
        <translation>添加用户(&amp;A)…</translation>
    </message>
    <message>
        <source>Your colleagues</source>
        <translation>您的同事</translation>
    </message>
    <message>
        <source>Optional: give each clerk a login and a role. You can do it later in Admin ▸ Users.</source>
        <translation>可选：为每位业务员分配登录账号和角色。也可以以后在“系统管理 ▸ 用户”中设置。</translation>
    </message>
    <message>
        <source>Users:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>角色：</translation>
    </message>
</context>
<context>
    <name>Erp::Client::Setup::WarehouseSetupPage</name>
    <message>
        <source>&amp;Add Another Warehouse</source>
        <translation>再添加一个仓库(&amp;A)</translation>
    </message>
    <message>
        <source>Your first warehouse</source>
        <translation>您的第一个仓库</translation>
    </message>
    <message>
        <source>Stock is kept per warehouse, so receiving, counting and shipping need one. Add more now or later in Inventory ▸ Warehouses.</source>
        <translation>库存按仓库管理，因此收货、盘点和发货都需要仓库。现在就可以添加更多仓库，也可以以后在“库存 ▸ 仓库”中添加。</translation>
    </message>
    <message>
        <source>Main warehouse</source>
        <translation>主仓库</translation>
    </message>
    <message>
        <source>Optional, e.g. A-01, A-02, B-01</source>
        <translation>可选，例如 A-01, A-02, B-01</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>编码(&amp;C)</translation>
    </message>
    <message>
        <source>Letters, digits, _ and -, e.g. SZ or WH1.</source>
        <translation>字母、数字、_ 和 -，例如 SZ 或 WH1。</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>地址(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Bins</source>
        <translation>库位(&amp;B)</translation>
    </message>
    <message>
        <source>Warehouses of the company:</source>
        <translation>公司的仓库：</translation>
    </message>
    <message>
        <source>Create at least one warehouse: stock is kept per warehouse.</source>
        <translation>请至少创建一个仓库：库存按仓库管理。</translation>
    </message>
    <message>
        <source>Enter a short code for the warehouse.</source>
        <translation>请输入仓库的简短编码。</translation>
    </message>
    <message>
        <source>Enter the warehouse's name.</source>
        <translation>请输入仓库名称。</translation>
    </message>
</context>
<context>
    <name>Erp::Client::StartDialog</name>
    <message>
        <source>Fill it with a demo company (sample customers, products and orders) to try things out</source>
        <translation>填入演示公司数据（示例客户、产品和订单），方便试用</translation>
    </message>
    <message>
        <source>Encrypted connection (TLS)</source>
        <translation>加密连接（TLS）</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>ERP — Open a Company</source>
        <translation>ERP — 打开公司</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome.&lt;/b&gt;&lt;br&gt;Work on a company file on this computer, or connect to your company's server.</source>
        <translation>&lt;b&gt;欢迎使用。&lt;/b&gt;&lt;br&gt;您可以使用本机上的公司文件，也可以连接到公司的服务器。</translation>
    </message>
    <message>
        <source>This Computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Recent company files:</source>
        <translation>最近使用的公司文件：</translation>
    </message>
    <message>
        <source>Open Other File…</source>
        <translation>打开其他文件…</translation>
    </message>
    <message>
        <source>New Company File…</source>
        <translation>新建公司文件…</translation>
    </message>
    <message>
        <source>&lt;b&gt;New company file&lt;/b&gt;&lt;br&gt;The file holds all data of the company. Its first user is &lt;i&gt;admin&lt;/i&gt;.</source>
        <translation>&lt;b&gt;新建公司文件&lt;/b&gt;&lt;br&gt;该文件保存公司的全部数据。第一个用户为 &lt;i&gt;admin&lt;/i&gt;。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>至少 %1 个字符</translation>
    </message>
    <message>
        <source>Admin &amp;password</source>
        <translation>管理员密码(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>重复密码(&amp;R)</translation>
    </message>
    <message>
        <source>Back to Recent Files</source>
        <translation>返回最近使用的文件</translation>
    </message>
    <message>
        <source>Recent servers:</source>
        <translation>最近使用的服务器：</translation>
    </message>
    <message>
        <source>e.g. erp.example.com</source>
        <translation>例如 erp.example.com</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>服务器(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>端口(&amp;P)</translation>
    </message>
    <message>
        <source>%1 (the file is missing)</source>
        <translation>%1（文件不存在）</translation>
    </message>
    <message>
        <source>%1 (encrypted)</source>
        <translation>%1（加密）</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Open Company File</source>
        <translation>打开公司文件</translation>
    </message>
    <message>
        <source>Company files (*.erp);;All files (*)</source>
        <translation>公司文件 (*.erp);;所有文件 (*)</translation>
    </message>
    <message>
        <source>New Company File</source>
        <translation>新建公司文件</translation>
    </message>
    <message>
        <source>Company files (*.erp)</source>
        <translation>公司文件 (*.erp)</translation>
    </message>
    <message>
        <source>Choose where to save the company file.</source>
        <translation>请选择公司文件的保存位置。</translation>
    </message>
    <message>
        <source>This file already exists. Choose another name, or open it from the list of recent files.</source>
        <translation>该文件已存在。请换一个名称，或从最近使用的文件列表中打开它。</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Enter the server's name or address.</source>
        <translation>请输入服务器的名称或地址。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
</context>
<context>
    <name>Erp::Client::TableExporter</name>
    <message>
        <source>The export stopped: %1</source>
        <translation>导出已中止：%1</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>Erp::Client::TcpTransport</name>
    <message>
        <source>The server did not answer in time.</source>
        <translation>服务器未能及时响应。</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>服务器关闭了连接。</translation>
    </message>
    <message>
        <source>The server refused the connection. Is erp-server running on %1?</source>
        <translation>服务器拒绝了连接。%1 上的 erp-server 是否正在运行？</translation>
    </message>
    <message>
        <source>The server name %1 was not found.</source>
        <translation>找不到服务器名称 %1。</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>网络错误：%1</translation>
    </message>
    <message>
        <source>The server's certificate is not trusted.</source>
        <translation>服务器的证书不受信任。</translation>
    </message>
</context>
<context>
    <name>Erp::Client::TrustPrompt</name>
    <message>
        <source>Untrusted Certificate</source>
        <translation>不受信任的证书</translation>
    </message>
    <message>
        <source>The server %1 presented a certificate that cannot be verified.</source>
        <translation>服务器 %1 提供的证书无法验证。</translation>
    </message>
    <message>
        <source>Only continue if your administrator confirms that the server's certificate has this SHA-256 fingerprint:

%1

Trust this certificate for this server from now on?</source>
        <translation>只有在管理员确认服务器证书的 SHA-256 指纹如下时才应继续：

%1

今后对该服务器信任此证书吗？</translation>
    </message>
    <message>
        <source>Trust and Connect</source>
        <translation>信任并连接</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>
