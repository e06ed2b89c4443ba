<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>dew::models::ApplicationAction</name>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Resubmit with supplements</source>
        <translation>补正后重新提交</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Request a change</source>
        <translation>申请变更</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Return for supplement</source>
        <translation>退回补正</translation>
    </message>
    <message>
        <source>Do not accept</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Begin review</source>
        <translation>开始审查</translation>
    </message>
    <message>
        <source>Pass qualification review</source>
        <translation>资格审查通过</translation>
    </message>
    <message>
        <source>Fail qualification review</source>
        <translation>资格审查不通过</translation>
    </message>
    <message>
        <source>Pass compliance review</source>
        <translation>合规审查通过</translation>
    </message>
    <message>
        <source>Fail compliance review</source>
        <translation>合规审查不通过</translation>
    </message>
    <message>
        <source>Pass expert review</source>
        <translation>专家评审通过</translation>
    </message>
    <message>
        <source>Fail expert review</source>
        <translation>专家评审不通过</translation>
    </message>
    <message>
        <source>Record the approval and start publicity</source>
        <translation>登记批准决定并开始公示</translation>
    </message>
    <message>
        <source>Decide against</source>
        <translation>决定不予批准</translation>
    </message>
    <message>
        <source>Close publicity</source>
        <translation>结束公示</translation>
    </message>
    <message>
        <source>Record an objection</source>
        <translation>登记异议</translation>
    </message>
    <message>
        <source>Refer the objection to the decision</source>
        <translation>将异议提交重新决策</translation>
    </message>
    <message>
        <source>Prepare the agreement</source>
        <translation>拟定授权运营协议</translation>
    </message>
    <message>
        <source>Sign the agreement</source>
        <translation>签订授权运营协议</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>撤销授权</translation>
    </message>
    <message>
        <source>Close at the end of the term</source>
        <translation>期满终止</translation>
    </message>
    <message>
        <source>Record the operator&apos;s exit</source>
        <translation>登记运营方退出</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
</context>
<context>
    <name>dew::models::ApplicationCommand</name>
    <message>
        <source>Stale: the application is no longer &quot;%1&quot; but &quot;%2&quot;; nothing was changed.</source>
        <translation>已过时：申请已不处于“%1”而是“%2”，未作任何更改。</translation>
    </message>
    <message>
        <source>A transition names the application, the state it expects (and when it entered it, as a date and time), a known action, and attachments by their SHA-256.</source>
        <translation>状态流转须注明申请、预期所处的状态（以及进入该状态的日期时间）、已知的操作，附件须以 SHA-256 标识。</translation>
    </message>
    <message>
        <source>Stale: the application has left &quot;%1&quot; and come back to it since this decision was made; nothing was changed.</source>
        <translation>已过时：作出此决定后，该申请曾离开“%1”又回到该状态；未作任何更改。</translation>
    </message>
</context>
<context>
    <name>dew::models::ApplicationDesk</name>
    <message>
        <source>The application does not exist.</source>
        <translation>该申请不存在。</translation>
    </message>
</context>
<context>
    <name>dew::models::ApplicationListModel</name>
    <message numerus="yes">
        <source>overdue by %n working day(s)</source>
        <translation>
            <numerusform>已逾期 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今日到期</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>剩余 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation>截止时间：%1</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>应用场景</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请单位</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
</context>
<context>
    <name>dew::models::ApplicationMaterials</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>dew::models::ApplicationRecord</name>
    <message>
        <source>Automatic rule check</source>
        <translation>规则自动核验</translation>
    </message>
</context>
<context>
    <name>dew::models::ApplicationRules</name>
    <message>
        <source>A list entry must be a resource code or a classification-code prefix.</source>
        <translation>清单条目必须是资源代码或分类代码前缀。</translation>
    </message>
    <message>
        <source>Each authorization mode has at most one fee ceiling, of zero yuan or more.</source>
        <translation>每种授权模式至多设一个收费上限，且不得小于 0 元。</translation>
    </message>
    <message>
        <source>Each stage has at most one deadline, of one working day or more.</source>
        <translation>每个环节至多设一个时限，且不得少于 1 个工作日。</translation>
    </message>
    <message>
        <source>&quot;Due soon&quot; is zero working days or more before a deadline.</source>
        <translation>“即将逾期”的提前量须为 0 个或更多工作日。</translation>
    </message>
</context>
<context>
    <name>dew::models::ApplicationWorkflow</name>
    <message>
        <source>Supervisors read applications; they do not move them.</source>
        <translation>监管人员只能查阅申请，不能办理流转。</translation>
    </message>
    <message>
        <source>Administrators keep the rule tables; they do not move applications.</source>
        <translation>管理员负责维护规则表，不办理申请流转。</translation>
    </message>
    <message>
        <source>Officers act only on applications their own organisation filed.</source>
        <translation>填报员只能办理本单位填报的申请。</translation>
    </message>
    <message>
        <source>Self-approval refused: you filed this application, so another reviewer reviews it.</source>
        <translation>不得自审：本申请由您填报，须由其他审核员审核。</translation>
    </message>
    <message>
        <source>Qualification cannot pass: the applicant&apos;s unified social credit code is not valid. %1</source>
        <translation>资格审查不能通过：申请主体的统一社会信用代码无效。%1</translation>
    </message>
    <message>
        <source>Qualification fails: the applicant has a serious bad credit record in its publication window.</source>
        <translation>资格审查不通过：申请主体有尚在公示期内的严重失信记录。</translation>
    </message>
    <message>
        <source>The credit check could not be made: qualification passes only with an explicit override and an opinion that gives the reason.</source>
        <translation>无法完成信用核查：须由审核员明确作出例外通过并在意见中说明理由，资格审查方可通过。</translation>
    </message>
    <message>
        <source>Core data is requested: the application is rejected automatically and cannot pass. Rule: %1</source>
        <translation>申请涉及核心数据，已自动驳回，不能通过。依据：%1</translation>
    </message>
    <message>
        <source>Compliance cannot pass: %1</source>
        <translation>合规审查不能通过：%1</translation>
    </message>
    <message>
        <source>You have approved already: important data needs the approval of a second, different reviewer.</source>
        <translation>您已审核同意：涉及重要数据的申请须由另一名审核员再次审核同意。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not possible while the application is in the state &quot;%2&quot;.</source>
        <translation>申请处于“%2”状态，不能执行“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a written opinion.</source>
        <translation>“%1”须填写审核意见。</translation>
    </message>
    <message>
        <source>Only a reviewer of the data bureau may take the action &quot;%1&quot;.</source>
        <translation>只有数据局的审核员才能执行“%1”。</translation>
    </message>
    <message>
        <source>Cannot accept an incomplete application (return it for supplement instead): %1</source>
        <translation>申请材料不全，不能受理（请退回补正）：%1</translation>
    </message>
    <message>
        <source>Record the operation agreement (its number and term) before signing it.</source>
        <translation>签署前，请先登记运营协议（协议编号和期限）。</translation>
    </message>
    <message>
        <source>Only the filer withdraws an application; a reviewer ends someone else&apos;s by a decision that gives the reasons.</source>
        <translation>申请只能由填报方撤回；审核员终止他人填报的申请，须作出载明理由的决定。</translation>
    </message>
</context>
<context>
    <name>dew::models::ColumnMapping</name>
    <message>
        <source>%1 is chosen for columns %2.</source>
        <translation>%1同时选给了 %2 列。</translation>
    </message>
    <message>
        <source>No column is chosen for %1 (required).</source>
        <translation>必填字段%1没有对应的列。</translation>
    </message>
</context>
<context>
    <name>dew::models::ComplianceChecks</name>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>The applicant&apos;s code %1 is valid.</source>
        <translation>申请主体的代码 %1 有效。</translation>
    </message>
    <message>
        <source>Credit record</source>
        <translation>信用记录</translation>
    </message>
    <message>
        <source>No serious bad credit record of the applicant is in its publication window.</source>
        <translation>申请主体没有尚在公示期内的严重失信记录。</translation>
    </message>
    <message>
        <source>The applicant has a serious bad credit record in its publication window.</source>
        <translation>申请主体有尚在公示期内的严重失信记录。</translation>
    </message>
    <message>
        <source>The check could not be made: credit records are not available. Qualification passes only by a reviewer&apos;s explicit override with an opinion.</source>
        <translation>无法核查：尚无信用记录可查。须由审核员明确作出例外通过并填写意见，资格审查方可通过。</translation>
    </message>
    <message>
        <source>Negative list</source>
        <translation>负面清单</translation>
    </message>
    <message>
        <source>No requested resource is on the negative list.</source>
        <translation>所申请的资源均不在负面清单内。</translation>
    </message>
    <message>
        <source>On the negative list: %1.</source>
        <translation>列入负面清单：%1。</translation>
    </message>
    <message>
        <source>Positive list</source>
        <translation>正面清单</translation>
    </message>
    <message>
        <source>The application requests no resource.</source>
        <translation>申请未列出任何数据资源。</translation>
    </message>
    <message>
        <source>Every requested resource is on the positive list.</source>
        <translation>所申请的资源均在正面清单内。</translation>
    </message>
    <message>
        <source>Not on the positive list: %1.</source>
        <translation>不在正面清单内：%1。</translation>
    </message>
    <message>
        <source>Core data</source>
        <translation>核心数据</translation>
    </message>
    <message>
        <source>No core data is requested.</source>
        <translation>未申请核心数据。</translation>
    </message>
    <message>
        <source>Core data is requested (%1): the application is rejected automatically. Rule: %2</source>
        <translation>申请涉及核心数据（%1），已自动驳回。依据：%2</translation>
    </message>
    <message>
        <source>Important data</source>
        <translation>重要数据</translation>
    </message>
    <message>
        <source>No important data is requested: one reviewer&apos;s approval suffices.</source>
        <translation>未申请重要数据：一名审核员审核同意即可。</translation>
    </message>
    <message>
        <source>Important data (%1) is approved by two distinct reviewers.</source>
        <translation>重要数据（%1）已经两名不同审核员审核同意。</translation>
    </message>
    <message>
        <source>Important data is requested (%1): two distinct reviewers must approve the compliance review; %2 of 2 so far.</source>
        <translation>申请涉及重要数据（%1）：合规审查须经两名不同审核员同意，目前已有 %2 名。</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>A fee cannot be negative.</source>
        <translation>收费金额不能为负数。</translation>
    </message>
    <message>
        <source>Public-welfare use is free.</source>
        <translation>公益性使用，免费。</translation>
    </message>
    <message>
        <source>Public-welfare use must be free, but a fee of %1 yuan a year is given.</source>
        <translation>公益性使用应当免费，但填写了每年 %1 元的收费。</translation>
    </message>
    <message>
        <source>The fee category (public-welfare or industry use) is not given.</source>
        <translation>未填写使用性质（公益性或产业性使用）。</translation>
    </message>
    <message>
        <source>The rule table has no fee ceiling for &quot;%1&quot;.</source>
        <translation>规则表中没有“%1”的收费上限。</translation>
    </message>
    <message>
        <source>The fee of %1 yuan a year is within the ceiling of %2 yuan for &quot;%3&quot;.</source>
        <translation>每年 %1 元的收费未超过“%3”的上限 %2 元。</translation>
    </message>
    <message>
        <source>The fee of %1 yuan a year exceeds the ceiling of %2 yuan for &quot;%3&quot;.</source>
        <translation>每年 %1 元的收费超过了“%3”的上限 %2 元。</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>授权期限</translation>
    </message>
    <message>
        <source>The term&apos;s first and last days are not given.</source>
        <translation>未填写授权期限的起止日期。</translation>
    </message>
    <message>
        <source>The term ends (%2) before it starts (%1).</source>
        <translation>授权期限的结束日期（%2）早于开始日期（%1）。</translation>
    </message>
    <message>
        <source>The term from %1 to %2 is longer than %3 years (it may last until %4).</source>
        <translation>授权期限 %1 至 %2 超过 %3 年（最迟至 %4）。</translation>
    </message>
    <message>
        <source>The term from %1 to %2 is within %3 years.</source>
        <translation>授权期限 %1 至 %2，未超过 %3 年。</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <source>Every required material is filed, each with its SHA-256.</source>
        <translation>必备材料均已提交，且均有 SHA-256 摘要。</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>缺少：%1。</translation>
    </message>
</context>
<context>
    <name>dew::models::DecisionLetter</name>
    <message>
        <source>The application is not accepted.</source>
        <translation>不予受理该申请。</translation>
    </message>
    <message>
        <source>The application is returned for supplement; please supplement the materials and submit it again.</source>
        <translation>退回该申请，请补正材料后重新提交。</translation>
    </message>
    <message>
        <source>The requested change is not approved; the agreement in force remains.</source>
        <translation>不予批准变更申请，现行授权运营协议继续有效。</translation>
    </message>
    <message>
        <source>The application is rejected.</source>
        <translation>不予批准该申请。</translation>
    </message>
    <message>
        <source>The application is approved, subject to public notice.</source>
        <translation>拟批准该申请，现予公示。</translation>
    </message>
    <message>
        <source>The application is approved.</source>
        <translation>批准该申请。</translation>
    </message>
    <message>
        <source>Decision on the authorization-operation application of %1</source>
        <translation>关于%1授权运营申请的决定</translation>
    </message>
    <message>
        <source>The decision letter needs the font WenQuanYi Micro Hei (Debian package fonts-wqy-microhei), which was not found at: %1</source>
        <translation>打印决定书需要文泉驿微米黑字体（Debian 软件包 fonts-wqy-microhei），但在以下位置均未找到：%1</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <extracomment>The QDate format of a decision letter&apos;s date; in Chinese yyyy年M月d日</extracomment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>Application: %1</source>
        <translation>申请编号：%1</translation>
    </message>
    <message>
        <source>Record hash (SHA-256):</source>
        <translation>记录哈希值（SHA-256）：</translation>
    </message>
    <message>
        <source>Issued on %1</source>
        <translation>%1印发</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>The addressee of a letter, followed by a colon (全角冒号 in Chinese)</extracomment>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Your authorization-operation application %1 has been reviewed. The decision is as follows:</source>
        <translation>你单位提交的授权运营申请（编号：%1）已经审查，现决定如下：</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>理由如下：</translation>
    </message>
    <message>
        <source>(%1) %2</source>
        <extracomment>A numbered item of a decision letter: number, text</extracomment>
        <translation>（%1）%2</translation>
    </message>
    <message>
        <source>Review record:</source>
        <translation>审查记录：</translation>
    </message>
    <message>
        <source>(%1) %2 %3, %4: %5</source>
        <extracomment>A reviewer of a decision letter: number, date and time, name, stage, what they did</extracomment>
        <translation>（%1）%2 %3，%4：%5</translation>
    </message>
    <message>
        <source>Hereby decided.</source>
        <translation>特此决定。</translation>
    </message>
    <message>
        <source>The application has no decision yet: there is no letter to print.</source>
        <translation>该申请尚无决定，没有可打印的决定书。</translation>
    </message>
    <message>
        <source>Printing a decision letter needs a QGuiApplication (for its fonts).</source>
        <translation>打印决定书需要 QGuiApplication（用于加载字体）。</translation>
    </message>
    <message>
        <source>Cannot write the decision letter to %1: the folder %2 does not exist.</source>
        <translation>无法将决定书写入 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>Cannot write the decision letter to %1: %2</source>
        <translation>无法将决定书写入 %1：%2</translation>
    </message>
    <message>
        <source>The authorization is revoked.</source>
        <translation>撤销该授权。</translation>
    </message>
</context>
<context>
    <name>dew::models::DemoCity</name>
    <message>
        <source>The workspace already holds records; the demo city is written into a new workspace only.</source>
        <translation>工作区中已有记录；演示城市只能写入新的工作区。</translation>
    </message>
    <message>
        <source>Writing %1 of the demo city failed: %2</source>
        <translation>写入演示城市的%1失败：%2</translation>
    </message>
</context>
<context>
    <name>dew::models::Entity</name>
    <message>
        <source>Region</source>
        <translation>区划</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织机构</translation>
    </message>
    <message>
        <source>Information system</source>
        <translation>信息系统</translation>
    </message>
    <message>
        <source>Data resource</source>
        <translation>数据资源</translation>
    </message>
    <message>
        <source>Data item</source>
        <translation>信息项</translation>
    </message>
    <message>
        <source>Workflow rule</source>
        <translation>流程规则</translation>
    </message>
    <message>
        <source>Authorization application</source>
        <translation>授权运营申请</translation>
    </message>
    <message>
        <source>Application material</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <source>Review record</source>
        <translation>审核记录</translation>
    </message>
    <message>
        <source>Operation agreement</source>
        <translation>授权运营协议</translation>
    </message>
</context>
<context>
    <name>dew::models::Export</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>bad sheet name %1</source>
        <translation>工作表名称“%1”无效</translation>
    </message>
    <message>
        <source>the file cannot be created</source>
        <translation>无法创建该文件</translation>
    </message>
</context>
<context>
    <name>dew::models::Field</name>
    <message>
        <source>Region code</source>
        <translation>区划代码</translation>
    </message>
    <message>
        <source>Region name</source>
        <translation>区划名称</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Parent region</source>
        <translation>上级区划</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所属单位</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>机构名称</translation>
    </message>
    <message>
        <source>Organisation kind</source>
        <translation>机构类型</translation>
    </message>
    <message>
        <source>System code</source>
        <translation>系统编码</translation>
    </message>
    <message>
        <source>System name</source>
        <translation>系统名称</translation>
    </message>
    <message>
        <source>Owner organisation</source>
        <translation>建设单位</translation>
    </message>
    <message>
        <source>Build level</source>
        <translation>建设层级</translation>
    </message>
    <message>
        <source>System status</source>
        <translation>系统状态</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>部署方式</translation>
    </message>
    <message>
        <source>MLPS level</source>
        <translation>等保级别</translation>
    </message>
    <message>
        <source>Go-live date</source>
        <translation>上线日期</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Resource code</source>
        <translation>资源代码</translation>
    </message>
    <message>
        <source>Resource name</source>
        <translation>资源名称</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>资源提供方</translation>
    </message>
    <message>
        <source>Catalogue kind</source>
        <translation>目录类型</translation>
    </message>
    <message>
        <source>Base library</source>
        <translation>基础库类别</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>资源格式</translation>
    </message>
    <message>
        <source>Update cycle</source>
        <translation>更新周期</translation>
    </message>
    <message>
        <source>Share type</source>
        <translation>共享类型</translation>
    </message>
    <message>
        <source>Share condition</source>
        <translation>共享条件</translation>
    </message>
    <message>
        <source>Reason for not sharing</source>
        <translation>不予共享理由</translation>
    </message>
    <message>
        <source>Open type</source>
        <translation>开放类型</translation>
    </message>
    <message>
        <source>Open condition</source>
        <translation>开放条件</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>数据分级</translation>
    </message>
    <message>
        <source>Classified</source>
        <translation>是否涉密</translation>
    </message>
    <message>
        <source>Source system</source>
        <translation>来源系统</translation>
    </message>
    <message>
        <source>Record count</source>
        <translation>数据量（条）</translation>
    </message>
    <message>
        <source>Storage (GB)</source>
        <translation>存储量（GB）</translation>
    </message>
    <message>
        <source>Publish date</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Reported up</source>
        <translation>已上报</translation>
    </message>
    <message>
        <source>Data resource</source>
        <translation>所属数据资源</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>信息项名称</translation>
    </message>
    <message>
        <source>Data type</source>
        <translation>数据类型</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>数据长度</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>信息项描述</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>是否敏感</translation>
    </message>
    <message>
        <source>Application number</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>应用场景</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请单位</translation>
    </message>
    <message>
        <source>Applicant&apos;s credit code</source>
        <translation>申请单位统一社会信用代码</translation>
    </message>
    <message>
        <source>Operation mode</source>
        <translation>授权方式</translation>
    </message>
    <message>
        <source>Requested resources</source>
        <translation>申请的数据资源</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>使用目的</translation>
    </message>
    <message>
        <source>Products and services</source>
        <translation>产品和服务说明</translation>
    </message>
    <message>
        <source>Fee category</source>
        <translation>收费类别</translation>
    </message>
    <message>
        <source>Fee (yuan per year)</source>
        <translation>收费标准（元/年）</translation>
    </message>
    <message>
        <source>Term start</source>
        <translation>授权期限起</translation>
    </message>
    <message>
        <source>Term end</source>
        <translation>授权期限止</translation>
    </message>
    <message>
        <source>Filing organisation</source>
        <translation>填报单位</translation>
    </message>
    <message>
        <source>Application state</source>
        <translation>申请状态</translation>
    </message>
    <message>
        <source>In this state since</source>
        <translation>进入当前状态时间</translation>
    </message>
    <message>
        <source>Filed by</source>
        <translation>填报人</translation>
    </message>
    <message>
        <source>Compliance approvals</source>
        <translation>合规审核通过人</translation>
    </message>
    <message>
        <source>Change under review</source>
        <translation>变更审核中</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Material kind</source>
        <translation>材料类型</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>大小（字节）</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reviewer&apos;s user id</source>
        <translation>审核人用户标识</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Credit check overridden</source>
        <translation>信用核查人工放行</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Agreement number</source>
        <translation>协议编号</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>Scope of operation</source>
        <translation>运营范围</translation>
    </message>
    <message>
        <source>Rule code</source>
        <translation>规则代码</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>规则名称</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则内容</translation>
    </message>
</context>
<context>
    <name>dew::models::FileImport</name>
    <message>
        <source>Sheet %1 was skipped: it has no header row of the template.</source>
        <translation>工作表“%1”已跳过：其中没有模板的表头行。</translation>
    </message>
    <message>
        <source>Sheet %1: column %2 (%3) is not in the template and was ignored.</source>
        <translation>工作表“%1”：第 %2 列（%3）不在模板中，已忽略。</translation>
    </message>
    <message>
        <source>Sheet %1 lacks the required columns %2.</source>
        <translation>工作表“%1”缺少必填列：%2。</translation>
    </message>
    <message>
        <source>%1 holds no sheet in the layout of the unified-list template.</source>
        <translation>%1 中没有符合统一清单模板格式的工作表。</translation>
    </message>
    <message>
        <source>%1, row %2, %3: %4</source>
        <translation>%1，第 %2 行，%3：%4</translation>
    </message>
    <message>
        <source>column %1 %2: %3</source>
        <translation>%1 列 %2：%3</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged, %4 rejected.</source>
        <translation>新增 %1 条，更新 %2 条，无变化 %3 条，拒绝 %4 条。</translation>
    </message>
    <message numerus="yes">
        <source>Sheet %1: %Ln row(s) above the header were skipped.</source>
        <translation>
            <numerusform>工作表“%1”：跳过了表头上方的 %Ln 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>The dry run was cancelled.</source>
        <translation>试运行已取消。</translation>
    </message>
</context>
<context>
    <name>dew::models::History</name>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Made on this computer; not yet synced.</source>
        <translation>在本机上所做，尚未同步。</translation>
    </message>
    <message>
        <source>%1 (not yet synced)</source>
        <translation>%1（尚未同步）</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
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
</context>
<context>
    <name>dew::models::Import</name>
    <message>
        <source>&quot;%1&quot; is not one of %2.</source>
        <translation>“%1”不是以下取值之一：%2。</translation>
    </message>
    <message>
        <source>Write 是 or 否, not &quot;%1&quot;.</source>
        <translation>请填写“是”或“否”，而不是“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>“%1”不是整数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>“%1”不是数值。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation>“%1”不是日期。</translation>
    </message>
    <message>
        <source>The import could not be saved.</source>
        <translation>导入未能保存。</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Duplicate of row %1.</source>
        <translation>与第 %1 行重复。</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message>
        <source>A deleted record has this code; restore it in dew first.</source>
        <translation>已删除的记录使用了此代码，请先在 dew 中恢复该记录。</translation>
    </message>
    <message>
        <source>No information system has the code %1; the row is imported without the link.</source>
        <translation>没有系统编码为 %1 的信息系统；该行导入时不关联来源系统。</translation>
    </message>
    <message>
        <source>No organisation has the code %1.</source>
        <translation>没有统一社会信用代码为 %1 的组织机构。</translation>
    </message>
    <message>
        <source>The name %1 differs from the organisation of code %2 (%3).</source>
        <translation>名称“%1”与代码 %2 对应的机构（%3）不一致。</translation>
    </message>
    <message>
        <source>Unknown organisation %1.</source>
        <translation>未知的组织机构“%1”。</translation>
    </message>
    <message>
        <source>Its data resource (row %1) is rejected.</source>
        <translation>其所属数据资源（第 %1 行）已被拒绝。</translation>
    </message>
    <message>
        <source>No data resource has the code %1.</source>
        <translation>没有资源代码为 %1 的数据资源。</translation>
    </message>
    <message>
        <source>%1 was read as %2.</source>
        <translation>“%1”按“%2”识别。</translation>
    </message>
    <message>
        <source>Its organisation (row %1) is rejected.</source>
        <translation>其所属组织机构（第 %1 行）已被拒绝。</translation>
    </message>
</context>
<context>
    <name>dew::models::ImportPreview</name>
    <message>
        <source>changes %1</source>
        <translation>修改 %1</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>dew::models::Io</name>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>not a text file: it holds binary data</source>
        <translation>不是文本文件：其中含有二进制数据</translation>
    </message>
    <message>
        <source>this system cannot decode %1</source>
        <translation>本系统无法解码 %1</translation>
    </message>
    <message>
        <source>row %1: unterminated quote (the field in column %2 opened on line %3 is never closed)</source>
        <translation>第 %1 行：引号未闭合（第 %2 列在第 %3 行开始的字段没有结束）</translation>
    </message>
    <message>
        <source>an Excel 97-2003 workbook or a password-protected one: save it as an unprotected .xlsx</source>
        <translation>这是 Excel 97-2003 工作簿或受密码保护的工作簿：请另存为未加密的 .xlsx 文件</translation>
    </message>
    <message>
        <source>not an XLSX workbook: the file is not a zip archive</source>
        <translation>不是 XLSX 工作簿：文件不是 zip 压缩包</translation>
    </message>
    <message>
        <source>the file is not open</source>
        <translation>文件未打开</translation>
    </message>
    <message>
        <source>there is no sheet %1</source>
        <translation>没有工作表 %1</translation>
    </message>
    <message>
        <source>not well-formed XML at line %1: %2</source>
        <translation>第 %1 行的 XML 格式错误：%2</translation>
    </message>
    <message>
        <source>not a workbook: the zip has no xl/workbook.xml (it looks like an OpenDocument file: save it as .xlsx)</source>
        <translation>不是工作簿：压缩包中没有 xl/workbook.xml（看起来是 OpenDocument 文件，请另存为 .xlsx）</translation>
    </message>
    <message>
        <source>not a workbook: the zip has no xl/workbook.xml</source>
        <translation>不是工作簿：压缩包中没有 xl/workbook.xml</translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot; has no part in the package</source>
        <translation>工作表“%1”在文件包中没有对应的部件</translation>
    </message>
    <message>
        <source>merged ranges cover too many cells</source>
        <translation>合并单元格覆盖的单元格过多</translation>
    </message>
    <message>
        <source>cell %1 names shared string %2, which does not exist</source>
        <translation>单元格 %1 引用的共享字符串 %2 不存在</translation>
    </message>
    <message>
        <source>truncated zip: the file ends before the zip directory</source>
        <translation>zip 文件不完整：文件在压缩目录之前就结束了</translation>
    </message>
    <message>
        <source>not a zip archive</source>
        <translation>不是 zip 压缩包</translation>
    </message>
    <message>
        <source>damaged zip: its directory is inconsistent</source>
        <translation>zip 文件已损坏：其目录不一致</translation>
    </message>
    <message>
        <source>cannot open the zip: %1</source>
        <translation>无法打开 zip 文件：%1</translation>
    </message>
    <message>
        <source>the zip has no %1</source>
        <translation>压缩包中没有 %1</translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2, the limit for one part of a workbook</source>
        <translation>%1 解压后超过 %2，超出工作簿单个部件的上限</translation>
    </message>
    <message>
        <source>cannot read %1 from the zip: %2</source>
        <translation>无法从压缩包读取 %1：%2</translation>
    </message>
    <message>
        <source>damaged zip: cannot unpack %1: %2</source>
        <translation>zip 文件已损坏：无法解压 %1：%2</translation>
    </message>
    <message>
        <source>unknown text encoding: line %1 (byte %2) is neither UTF-8 nor GB18030</source>
        <translation>未知的文本编码：第 %1 行（第 %2 个字节）既不是 UTF-8 也不是 GB18030</translation>
    </message>
</context>
<context>
    <name>dew::models::MaterialBlobs</name>
    <message>
        <source>Cannot keep the file in the workspace: %1</source>
        <translation>无法在工作区中保存该文件：%1</translation>
    </message>
    <message>
        <source>The kept copy of %1 is damaged: its SHA-256 is no longer %2.</source>
        <translation>%1 的本地副本已损坏：其 SHA-256 已不是 %2。</translation>
    </message>
    <message>
        <source>%1 is not on this computer yet: sync to fetch it from the server.</source>
        <translation>本机尚无 %1：请同步，从服务器获取。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 was written but does not read back as the filed file.</source>
        <translation>%1 已写出，但读回的内容与所报文件不一致。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot save the material.</source>
        <translation>无法保存该材料。</translation>
    </message>
</context>
<context>
    <name>dew::models::PagedRecordModel</name>
    <message>
        <source> · retired</source>
        <translation> · 已停用</translation>
    </message>
</context>
<context>
    <name>dew::models::RecordRepository</name>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>无法保存修改：%1</translation>
    </message>
    <message>
        <source>A deleted record has this code; restore it instead.</source>
        <translation>已删除的记录使用了此代码，请恢复该记录。</translation>
    </message>
    <message>
        <source>Another record already has this value.</source>
        <translation>已有其他记录使用了此值。</translation>
    </message>
    <message>
        <source>The record does not exist.</source>
        <translation>记录不存在。</translation>
    </message>
    <message>
        <source>The field %1 cannot be edited.</source>
        <translation>字段 %1 不可编辑。</translation>
    </message>
    <message>
        <source>Not a record action.</source>
        <translation>不是记录操作。</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>无法保存修改。</translation>
    </message>
    <message>
        <source>The record it belongs to does not exist.</source>
        <translation>所属记录不存在。</translation>
    </message>
</context>
<context>
    <name>dew::models::RecordRules</name>
    <message>
        <source>Officers edit only the records their own organisation owns.</source>
        <translation>填报员只能编辑本单位的记录。</translation>
    </message>
    <message>
        <source>Supervisors read; they do not edit records.</source>
        <translation>监管用户只能查看，不能编辑记录。</translation>
    </message>
    <message>
        <source>Administrators manage users, organisations and regions, not business records.</source>
        <translation>管理员管理用户、组织机构和区划，不编辑业务记录。</translation>
    </message>
    <message>
        <source>The record is deleted; restore it first.</source>
        <translation>记录已删除，请先恢复。</translation>
    </message>
    <message>
        <source>The record is retired; reactivate it first.</source>
        <translation>记录已停用，请先重新启用。</translation>
    </message>
    <message>
        <source>Under review or published: withdraw it before changing it.</source>
        <translation>记录正在审核或已发布：请先撤回再修改。</translation>
    </message>
    <message>
        <source>The record is not deleted.</source>
        <translation>记录未被删除。</translation>
    </message>
    <message>
        <source>Already retired.</source>
        <translation>已停用。</translation>
    </message>
    <message>
        <source>The record is not retired.</source>
        <translation>记录未停用。</translation>
    </message>
    <message>
        <source>Data items follow their resource&apos;s lifecycle.</source>
        <translation>信息项跟随所属数据资源的状态。</translation>
    </message>
    <message>
        <source>Not possible in the record&apos;s current state.</source>
        <translation>记录当前状态下不能进行此操作。</translation>
    </message>
    <message>
        <source>Only a reviewer of the data bureau publishes or returns a record.</source>
        <translation>只有数据局审核员可以发布或退回记录。</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>提交审核</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Return for revision</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Revise</source>
        <translation>重新编辑</translation>
    </message>
    <message>
        <source>The application is under review: it changes only through review actions.</source>
        <translation>申请正在审核中，只能通过审核操作变更。</translation>
    </message>
    <message>
        <source>Only a draft is deleted; a filed application is withdrawn instead.</source>
        <translation>只能删除草稿；已提交的申请请改为撤回。</translation>
    </message>
    <message>
        <source>Applications move through their own review actions.</source>
        <translation>申请只能通过其审核操作流转。</translation>
    </message>
    <message>
        <source>Only a reviewer of the data bureau records an operation agreement.</source>
        <translation>只有数据局审核员可以登记授权运营协议。</translation>
    </message>
    <message>
        <source>Not possible for an operation agreement.</source>
        <translation>授权运营协议不支持此操作。</translation>
    </message>
    <message>
        <source>Review records are written by the review actions; nobody edits them.</source>
        <translation>审核记录由审核操作自动生成，任何人不得修改。</translation>
    </message>
    <message>
        <source>Only an administrator manages organisations, regions and workflow rules.</source>
        <translation>只有管理员可以管理单位、行政区划和流程规则。</translation>
    </message>
    <message>
        <source>You filed or submitted this application; another reviewer records its agreement.</source>
        <translation>您填报或提交了该申请，须由其他审核员登记其协议。</translation>
    </message>
    <message>
        <source>An agreement is recorded between approval and signing; one in force changes only through a change request.</source>
        <translation>协议须在批准后、签署前登记；已生效的协议只能通过变更申请修改。</translation>
    </message>
</context>
<context>
    <name>dew::models::SyncDescriber</name>
    <message>
        <source>%1 (not in this workspace)</source>
        <translation>%1（不在本工作区中）</translation>
    </message>
    <message>
        <source>Deleted or kept</source>
        <translation>删除或保留</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>State change</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <source>Conflict resolution</source>
        <translation>解决冲突</translation>
    </message>
</context>
<context>
    <name>dew::models::SyncLists</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Server value</source>
        <translation>服务器上的值</translation>
    </message>
    <message>
        <source>Competing edits</source>
        <translation>各方修改</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <source>Record: %1
Change: %2, made %3
Content: %4
Refused %5: %6
Record id: %7</source>
        <translation>记录：%1
修改：%2，修改于 %3
内容：%4
被拒绝于 %5：%6
记录标识：%7</translation>
    </message>
    <message>
        <source>Refused at</source>
        <translation>拒绝时间</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>What was typed</source>
        <translation>填写的内容</translation>
    </message>
    <message>
        <source>Not uploaded</source>
        <translation>未上传</translation>
    </message>
    <message>
        <source>Not downloaded</source>
        <translation>未下载</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>What failed</source>
        <translation>未完成的传输</translation>
    </message>
</context>
<context>
    <name>dew::models::Validation</name>
    <message>
        <source>This field is required.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the allowed values.</source>
        <translation>“%1”不是允许的取值。</translation>
    </message>
    <message>
        <source>Enter a whole number of zero or more.</source>
        <translation>请输入大于或等于 0 的整数。</translation>
    </message>
    <message>
        <source>Enter a number of zero or more.</source>
        <translation>请输入大于或等于 0 的数值。</translation>
    </message>
    <message>
        <source>Enter a date as YYYY-MM-DD.</source>
        <translation>请按 YYYY-MM-DD 格式输入日期。</translation>
    </message>
    <message>
        <source>This organisation does not exist.</source>
        <translation>该组织机构不存在。</translation>
    </message>
    <message>
        <source>This information system does not exist.</source>
        <translation>该信息系统不存在。</translation>
    </message>
    <message>
        <source>This data resource does not exist.</source>
        <translation>该数据资源不存在。</translation>
    </message>
    <message>
        <source>A region code has 6 digits (county level) or 9 digits (township level).</source>
        <translation>区划代码为 6 位（县级）或 9 位（乡级）数字。</translation>
    </message>
    <message>
        <source>%1 is not a real division code.</source>
        <translation>%1 不是有效的行政区划代码。</translation>
    </message>
    <message>
        <source>%1 is not a real division code; did you mean %2 (%3)?</source>
        <translation>%1 不是有效的行政区划代码；您是否要输入 %2（%3）？</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters.</source>
        <translation>统一社会信用代码为 18 位。</translation>
    </message>
    <message>
        <source>A unified social credit code uses digits and capital letters except I, O, S, V and Z.</source>
        <translation>统一社会信用代码由数字和除 I、O、S、V、Z 以外的大写字母组成。</translation>
    </message>
    <message>
        <source>The check character does not match: the code has a typing error.</source>
        <translation>校验码不符：代码有录入错误。</translation>
    </message>
    <message>
        <source>A resource code is a 6- to 12-digit classification, a slash and a 6-digit sequence, e.g. 101001/000123.</source>
        <translation>资源代码由 6 至 12 位分类码、斜杠和 6 位顺序码组成，例如 101001/000123。</translation>
    </message>
    <message>
        <source>A resource code starts with 1, 2, 3 or 4 (its catalogue kind).</source>
        <translation>资源代码以 1、2、3 或 4 开头（表示目录类型）。</translation>
    </message>
    <message>
        <source>The first digit of the code does not match the catalogue kind %1.</source>
        <translation>代码首位与目录类型“%1”不一致。</translation>
    </message>
    <message>
        <source>A base-library resource names its base library.</source>
        <translation>基础库资源须填写基础库类别。</translation>
    </message>
    <message>
        <source>Conditional sharing needs its conditions.</source>
        <translation>有条件共享须填写共享条件。</translation>
    </message>
    <message>
        <source>A resource that is not shared needs the reason.</source>
        <translation>不予共享须填写理由。</translation>
    </message>
    <message>
        <source>Conditional opening needs its conditions.</source>
        <translation>有条件开放须填写开放条件。</translation>
    </message>
    <message>
        <source>No unified social credit code is given.</source>
        <translation>未填写统一社会信用代码。</translation>
    </message>
    <message>
        <source>Not a time in ISO 8601 form.</source>
        <translation>不是 ISO 8601 格式的时间。</translation>
    </message>
    <message>
        <source>This application does not exist.</source>
        <translation>该申请不存在。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a resource code such as 101001/000123.</source>
        <translation>“%1”不是有效的资源代码（例如 101001/000123）。</translation>
    </message>
    <message>
        <source>A SHA-256 digest is 64 lower-case hexadecimal digits.</source>
        <translation>SHA-256 摘要应为 64 位小写十六进制数字。</translation>
    </message>
    <message>
        <source>Not a JSON object: %1</source>
        <translation>不是 JSON 对象：%1</translation>
    </message>
    <message>
        <source>Unknown rule code &quot;%1&quot;.</source>
        <translation>未知的规则代码“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a resource code nor a classification-code prefix.</source>
        <translation>“%1”既不是资源代码，也不是分类代码前缀。</translation>
    </message>
</context>
<context>
    <name>dew::models::Value</name>
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
    <name>dew::models::WorkingDayCalendar</name>
    <message>
        <source>A date is not in the form YYYY-MM-DD.</source>
        <translation>日期须为 YYYY-MM-DD 格式。</translation>
    </message>
    <message>
        <source>A day cannot be both a holiday and a make-up working day.</source>
        <translation>同一天不能既是节假日又是调休上班日。</translation>
    </message>
    <message>
        <source>A make-up working day must be a Saturday or a Sunday.</source>
        <translation>调休上班日必须是星期六或星期日。</translation>
    </message>
</context>
<context>
    <name>dew::models::Workspace</name>
    <message>
        <source>Migration to schema %1 failed: %2</source>
        <translation>升级到第 %1 版数据结构失败：%2</translation>
    </message>
    <message>
        <source>Cannot open the workspace %1: %2</source>
        <translation>无法打开工作区 %1：%2</translation>
    </message>
    <message>
        <source>The SQLite driver gives no native handle.</source>
        <translation>SQLite 驱动未提供原生句柄。</translation>
    </message>
    <message>
        <source>%1 is not a dew workspace: %2</source>
        <translation>%1 不是 dew 工作区：%2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of dew (schema %2; this version knows schema %3). It was not changed. Open it with a newer dew.</source>
        <translation>%1 由更新版本的 dew 写入（数据结构第 %2 版；本版本最高支持第 %3 版）。文件未被修改，请用更新版本的 dew 打开。</translation>
    </message>
    <message>
        <source>This SQLite library has no full-text search (FTS5).</source>
        <translation>此 SQLite 库不支持全文检索（FTS5）。</translation>
    </message>
    <message>
        <source>Cannot prepare the workspace %1: %2</source>
        <translation>无法准备工作区 %1：%2</translation>
    </message>
</context>
<context>
    <name>dew::models::sync::ConflictResolver</name>
    <message>
        <source>The conflict is no longer open.</source>
        <translation>该冲突已不再处于待解决状态。</translation>
    </message>
    <message>
        <source>The record is not in this workspace.</source>
        <translation>本工作区中没有该记录。</translation>
    </message>
    <message>
        <source>The resolution could not be saved.</source>
        <translation>无法保存冲突的解决结果。</translation>
    </message>
</context>
<context>
    <name>dew::models::sync::OfflineLogin</name>
    <message>
        <source>A demo workspace cannot be connected to a server.</source>
        <translation>演示工作区不能连接服务器。</translation>
    </message>
    <message>
        <source>This workspace belongs to another user.</source>
        <translation>此工作区属于另一位用户。</translation>
    </message>
</context>
<context>
    <name>dew::models::sync::SignIn</name>
    <message>
        <source>The server address must look like https://dew.example.gov.cn or http://host:port.</source>
        <translation>服务器地址应形如 https://dew.example.gov.cn 或 http://主机:端口。</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached: %2</source>
        <translation>无法连接服务器 %1：%2</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Too many failed sign-ins: this account is locked until %1.</source>
        <translation>登录失败次数过多：此账号已锁定至 %1。</translation>
    </message>
    <message>
        <source>later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>This account is disabled. Ask the administrator.</source>
        <translation>此账号已停用，请联系管理员。</translation>
    </message>
    <message>
        <source>The server refused the sign-in: %1</source>
        <translation>服务器拒绝登录：%1</translation>
    </message>
</context>
<context>
    <name>dew::models::sync::SyncClient</name>
    <message>
        <source>The copy kept on this computer is damaged (its SHA-256 differs).</source>
        <translation>本机保存的副本已损坏（SHA-256 摘要不符）。</translation>
    </message>
    <message>
        <source>The server sent other bytes than the material file %1.</source>
        <translation>服务器发来的内容与材料文件 %1 不符。</translation>
    </message>
</context>
<context>
    <name>dew::models::sync::SyncController</name>
    <message>
        <source>A demo workspace is never synced with a server.</source>
        <translation>演示工作区从不与服务器同步。</translation>
    </message>
</context>
<context>
    <name>dew::server::Push</name>
    <message>
        <source>The change names no known table or record.</source>
        <translation>该修改没有指明已知的数据表或记录。</translation>
    </message>
    <message>
        <source>Unknown field: %1</source>
        <translation>未知字段：%1</translation>
    </message>
    <message>
        <source>The record does not exist on the server.</source>
        <translation>服务器上不存在该记录。</translation>
    </message>
    <message>
        <source>Unknown operation: %1</source>
        <translation>未知操作：%1</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is already used by another record.</source>
        <translation>%1“%2”已被另一条记录使用。</translation>
    </message>
    <message>
        <source>A record with this id already exists.</source>
        <translation>已存在相同标识的记录。</translation>
    </message>
    <message>
        <source>A new record starts as a draft; review publishes it.</source>
        <translation>新记录须以草稿开始，经审核后发布。</translation>
    </message>
    <message>
        <source>The lifecycle and deletion change through their own actions.</source>
        <translation>生命周期和删除状态只能通过相应操作改变。</translation>
    </message>
    <message>
        <source>A transition names the state it starts from and the one it leads to.</source>
        <translation>状态流转须写明起始状态和目标状态。</translation>
    </message>
    <message>
        <source>Stale: the record is no longer &quot;%1&quot; but &quot;%2&quot;.</source>
        <translation>已过时：该记录已不是“%1”，而是“%2”。</translation>
    </message>
    <message>
        <source>No action leads from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>没有从“%1”到“%2”的操作。</translation>
    </message>
    <message>
        <source>The resolution names no conflict of this record.</source>
        <translation>该解决操作没有对应本记录的冲突。</translation>
    </message>
    <message>
        <source>The conflict was already resolved.</source>
        <translation>该冲突已被解决。</translation>
    </message>
    <message>
        <source>A transition of an application carries its command: the action and the state it expects.</source>
        <translation>申请的状态流转必须附带其指令：操作及其预期的当前状态。</translation>
    </message>
    <message>
        <source>The application was deleted.</source>
        <translation>该申请已被删除。</translation>
    </message>
    <message>
        <source>The record it belongs to does not exist.</source>
        <translation>所属记录不存在。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is set by the workflow, not by an edit.</source>
        <translation>“%1”由审核流程设置，不能直接编辑。</translation>
    </message>
    <message>
        <source>A decision in force is not replaced by choosing another; take the action again from the current state.</source>
        <translation>已生效的决定不能通过选择另一决定来替换；请从当前状态重新执行操作。</translation>
    </message>
    <message>
        <source>Stale: someone else moved the application after the step this one follows; nothing was changed.</source>
        <translation>已过时：在本步骤所接续的上一步之后，他人已推进该申请；未作任何更改。</translation>
    </message>
</context>
<context>
    <name>dew::ui::AgreementDialog</name>
    <message>
        <source>Record the operation agreement of %1</source>
        <translation>登记 %1 的授权运营协议</translation>
    </message>
    <message>
        <source>Agreement &amp;number:</source>
        <translation>协议编号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Signed on:</source>
        <translation>签订日期(&amp;S)：</translation>
    </message>
    <message>
        <source>Term &amp;from:</source>
        <translation>期限起(&amp;F)：</translation>
    </message>
    <message>
        <source>Term &amp;to:</source>
        <translation>期限止(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Fee (yuan a year):</source>
        <translation>收费（元/年）(&amp;F)：</translation>
    </message>
    <message>
        <source>S&amp;cope of operation:</source>
        <translation>运营范围(&amp;C)：</translation>
    </message>
    <message>
        <source>An authorization runs for at most three years.</source>
        <translation>授权运营期限最长为三年。</translation>
    </message>
</context>
<context>
    <name>dew::ui::ApplicationDetail</name>
    <message>
        <source>Resource code</source>
        <translation>资源代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Share type</source>
        <translation>共享类型</translation>
    </message>
    <message>
        <source>Open type</source>
        <translation>开放类型</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>分级</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>By</source>
        <translation>办理人</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Requested resources</source>
        <translation>申请的数据资源</translation>
    </message>
    <message>
        <source>Automatic checks</source>
        <translation>自动核验</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <source>Review record</source>
        <translation>审核记录</translation>
    </message>
    <message>
        <source>Select an application to read it here.</source>
        <translation>选择一项申请，在此查看详情。</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Applicant: %1
Unified social credit code: %2 (%3)</source>
        <translation>申请单位：%1
统一社会信用代码：%2（%3）</translation>
    </message>
    <message>
        <source>checksum valid</source>
        <translation>校验位正确</translation>
    </message>
    <message>
        <source>Mode: %1 · Fee: %2, %3 yuan a year · Term: %4 to %5
Purpose: %6</source>
        <translation>授权方式：%1 · 收费：%2，每年 %3 元 · 期限：%4 至 %5
使用目的：%6</translation>
    </message>
    <message>
        <source>(not in this workspace&apos;s catalogue)</source>
        <translation>（本工作区目录中没有该资源）</translation>
    </message>
    <message>
        <source>Not yet synced</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>Agreement number</source>
        <translation>协议编号</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Fee (yuan a year)</source>
        <translation>收费（元/年）</translation>
    </message>
    <message>
        <source>Operation agreement</source>
        <translation>授权运营协议</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
</context>
<context>
    <name>dew::ui::BulkEditDialog</name>
    <message numerus="yes">
        <source>Change %Ln record(s)</source>
        <translation>
            <numerusform>修改 %Ln 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Every selected record gets this value, as one step that Undo takes back.</source>
        <translation>所有选中的记录都设为此值，作为一步操作，可用“撤销”撤回。</translation>
    </message>
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
    <name>dew::ui::CommandLine</name>
    <message>
        <source>No user %1 in this workspace.</source>
        <translation>此工作区中没有用户 %1。</translation>
    </message>
    <message>
        <source>Usage: dew import FILE [--apply] [--workspace PATH]</source>
        <translation>用法：dew import 文件 [--apply] [--workspace 路径]</translation>
    </message>
    <message>
        <source>%1: read as %2</source>
        <translation>%1：按 %2 读取</translation>
    </message>
    <message>
        <source>Dry run: nothing was written. Add --apply to write.</source>
        <translation>试运行：未写入任何数据。加上 --apply 才会写入。</translation>
    </message>
    <message>
        <source>Nothing was written: row %1 failed: %2</source>
        <translation>未写入任何数据：第 %1 行失败：%2</translation>
    </message>
    <message>
        <source>Written: %1 new, %2 updated.</source>
        <translation>已写入：新增 %1 条，更新 %2 条。</translation>
    </message>
    <message>
        <source>Usage: dew export systems|resources|template FILE [--search TEXT] [--organisation ID] [--state STATE] [--workspace PATH]</source>
        <translation>用法：dew export systems|resources|template 文件 [--search 文本] [--organisation 机构ID] [--state 状态] [--workspace 路径]</translation>
    </message>
    <message>
        <source>%1 rows written to %2.</source>
        <translation>已向 %2 写入 %1 行。</translation>
    </message>
</context>
<context>
    <name>dew::ui::ConflictDialog</name>
    <message>
        <source>Resolve conflicts: %1</source>
        <translation>解决冲突：%1</translation>
    </message>
    <message>
        <source>Several people changed the same fields of &lt;b&gt;%1&lt;/b&gt; while apart. For each field, choose the value that should stand; the choice reaches everyone at the next sync.</source>
        <translation>多人在离线时修改了&lt;b&gt;%1&lt;/b&gt;的相同字段。请为每个字段选择应保留的值，下次同步时所有人都会收到该选择。</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>解决(&amp;R)</translation>
    </message>
    <message>
        <source>Before the edits: %1</source>
        <translation>修改前：%1</translation>
    </message>
    <message>
        <source>theirs: on the server now</source>
        <translation>对方：服务器上的当前值</translation>
    </message>
    <message>
        <source>ours: your edit, %1</source>
        <translation>我方：您的修改，%1</translation>
    </message>
    <message>
        <source>theirs: %1&apos;s edit, %2</source>
        <translation>对方：%1 的修改，%2</translation>
    </message>
    <message>
        <source>as before the edits</source>
        <translation>恢复为修改前的值</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 —— %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The decision in force stays; the other one is shown for the record. To change the outcome, take an action from the current state on the Reviews page.</source>
        <translation>已生效的决定保持不变，另一决定仅作记录显示。如需改变结果，请在“审核”页面从当前状态执行操作。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>dew::ui::DataItemsEditor</name>
    <message>
        <source>Add item</source>
        <translation>添加信息项</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>删除信息项</translation>
    </message>
    <message>
        <source>Data items</source>
        <translation>信息项</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>第 %1 个信息项：%2</translation>
    </message>
</context>
<context>
    <name>dew::ui::Desktop</name>
    <message>
        <source>Cannot open the workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <source>Cannot open the demo</source>
        <translation>无法打开演示工作区</translation>
    </message>
</context>
<context>
    <name>dew::ui::Export</name>
    <message>
        <source>Export the view</source>
        <translation>导出当前视图</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Export in the template layout</source>
        <translation>按模板格式导出</translation>
    </message>
    <message>
        <source>Data resource catalogue.xlsx</source>
        <translation>数据资源目录.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>已导出 %Ln 行到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dew::ui::FilterBar</name>
    <message>
        <source>All levels</source>
        <translation>全部层级</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Search names, codes, summaries, data items… (Ctrl+F)</source>
        <translation>搜索名称、代码、摘要、信息项……（Ctrl+F）</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>全部单位</translation>
    </message>
</context>
<context>
    <name>dew::ui::HistoryDialog</name>
    <message>
        <source>History: %1</source>
        <translation>修改历史：%1</translation>
    </message>
    <message>
        <source>A demo workspace has no server: these are the changes made on this computer.</source>
        <translation>演示工作区没有服务器：以下是在本机上所做的修改。</translation>
    </message>
    <message>
        <source>Reading the history from the server…</source>
        <translation>正在从服务器读取修改历史…</translation>
    </message>
    <message>
        <source>The server&apos;s history could not be read (%1). Shown: the changes made on this computer and not yet synced.</source>
        <translation>无法读取服务器上的修改历史（%1）。显示的是本机上尚未同步的修改。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s).</source>
        <translation>
            <numerusform>共 %n 次修改。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dew::ui::ImportDonePage</name>
    <message>
        <source>Imported</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>%1 records created and %2 updated in one step. Edit ▸ Undo takes the whole import back.</source>
        <translation>一次性新增 %1 条、更新 %2 条记录。“编辑 ▸ 撤销”可撤回整个导入。</translation>
    </message>
</context>
<context>
    <name>dew::ui::ImportFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) or a CSV file in the layout of the unified-list template. Nothing is written before you have seen what the import will do.</source>
        <translation>统一清单模板格式的 Excel 工作簿（.xlsx）或 CSV 文件。在您看过导入结果预览之前，不会写入任何数据。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
        <translation>电子表格 (*.xlsx *.csv *.txt)</translation>
    </message>
</context>
<context>
    <name>dew::ui::ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>对应列</translation>
    </message>
    <message>
        <source>The field each column of the file is imported into. Change it where the file names a column differently; fields marked * are required. Your choice is remembered for files with the same columns.</source>
        <translation>文件中每一列导入到哪个字段。文件的列名与模板不同时，请在此更改；带 * 的字段为必填。您的选择会记住，下次打开列相同的文件时自动应用。</translation>
    </message>
    <message>
        <source>Sheet %1: %2</source>
        <translation>工作表 %1：%2</translation>
    </message>
    <message>
        <source>The dry run can start once every required field has one column and no field has two:</source>
        <translation>每个必填字段都有一列、且没有字段对应两列后，才能试运行：</translation>
    </message>
</context>
<context>
    <name>dew::ui::ImportPreviewPage</name>
    <message>
        <source>Show unchanged rows too</source>
        <translation>同时显示无变化的行</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>试运行</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 new, %3 updated, %4 unchanged, %5 rejected. Rejected rows are not written.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：新增 %2 条，更新 %3 条，无变化 %4 条，拒绝 %5 条。被拒绝的行不会写入。</translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>按 %1 读取。</translation>
    </message>
    <message>
        <source>There is nothing to write.</source>
        <translation>没有需要写入的内容。</translation>
    </message>
</context>
<context>
    <name>dew::ui::ImportWizard</name>
    <message>
        <source>Import from a spreadsheet</source>
        <translation>从电子表格导入</translation>
    </message>
    <message>
        <source>Writing %1 records…</source>
        <translation>正在写入 %1 条记录…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>已取消：未写入任何数据。</translation>
    </message>
    <message>
        <source>Nothing was written: row %1 could not be saved: %2</source>
        <translation>未写入任何数据：第 %1 行无法保存：%2</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>Checking the rows of %1…</source>
        <translation>正在检查 %1 的各行…</translation>
    </message>
    <message>
        <source>Dry run cancelled: choose Next to check the file again.</source>
        <translation>试运行已取消：点击“下一步”可重新检查该文件。</translation>
    </message>
</context>
<context>
    <name>dew::ui::LockScreen</name>
    <message>
        <source>dew is locked</source>
        <translation>dew 已锁定</translation>
    </message>
    <message>
        <source>It was idle for a while. Enter the password of %1 to go on.</source>
        <translation>已空闲一段时间。请输入 %1 的密码以继续。</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>密码错误。</translation>
    </message>
</context>
<context>
    <name>dew::ui::MainWindow</name>
    <message>
        <source>Data Element Workbench</source>
        <translation>数据要素工作台</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
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
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About dew</source>
        <translation>关于 dew(&amp;A)</translation>
    </message>
    <message>
        <source>About dew</source>
        <translation>关于 dew</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data Element Workbench&lt;/b&gt; %1&lt;br&gt;Inventories of information systems and data resources for a city&apos;s data bureau.</source>
        <translation>&lt;b&gt;数据要素工作台&lt;/b&gt; %1&lt;br&gt;面向城市数据局的信息系统清单与数据资源目录管理。</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Demo user: </source>
        <translation>演示用户：</translation>
    </message>
    <message>
        <source>Workspace: %1 (demo, offline)</source>
        <translation>工作区：%1（演示，离线）</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>工作区：%1</translation>
    </message>
    <message>
        <source>%L1 information systems · %L2 data resources</source>
        <translation>信息系统 %L1 个 · 数据资源 %L2 个</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Export the view…</source>
        <translation>导出当前视图(&amp;E)…</translation>
    </message>
    <message>
        <source>Export resources with their items (template layout)…</source>
        <translation>导出数据资源及信息项（模板格式）…</translation>
    </message>
    <message>
        <source>&amp;Import from a spreadsheet…</source>
        <translation>从电子表格导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>同步(&amp;S)</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>立即同步(&amp;N)</translation>
    </message>
    <message>
        <source>A demo workspace has no server.</source>
        <translation>演示工作区没有服务器。</translation>
    </message>
    <message>
        <source>Sign &amp;in to a server…</source>
        <translation>登录服务器(&amp;I)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made here are not on the server yet. They stay in this workspace and are sent when you sign in again. Sign out now?</source>
        <translation>
            <numerusform>本机有 %n 项修改尚未上传到服务器。它们会保留在本工作区中，并在您再次登录时发送。现在退出登录吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) due soon or overdue</source>
        <translation>
            <numerusform>%n 项审核即将逾期或已逾期</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dew::ui::MassDelete</name>
    <message>
        <source>The server&apos;s changes would delete %1 rows of “%2” from this computer. This happens when records were deleted on the server or you may no longer hold them; it can also be a mistake on the server.

Delete them here too?</source>
        <translation>服务器的变更将从本机删除“%2”中的 %1 行。这通常是因为记录已在服务器上删除，或您已无权持有这些记录；也可能是服务器上的误操作。

是否也在本机删除？</translation>
    </message>
    <message>
        <source>Sync would delete many rows</source>
        <translation>同步将删除大量数据</translation>
    </message>
</context>
<context>
    <name>dew::ui::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>dew::ui::RecordActions</name>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Change selected…</source>
        <translation>批量修改…</translation>
    </message>
    <message>
        <source>Set one field of every selected record</source>
        <translation>为所有选中的记录设置同一字段</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>修改历史…</translation>
    </message>
    <message>
        <source>Who changed which field of this record, and when (Ctrl+H)</source>
        <translation>谁在何时修改了本记录的哪些字段（Ctrl+H）</translation>
    </message>
</context>
<context>
    <name>dew::ui::RecordCommands</name>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>新建“%1”</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除“%1”</translation>
    </message>
</context>
<context>
    <name>dew::ui::RecordForm</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>New record — not saved yet.</source>
        <translation>新记录——尚未保存。</translation>
    </message>
    <message>
        <source> · retired</source>
        <translation> · 已停用</translation>
    </message>
    <message>
        <source>Last changed %1 by %2</source>
        <translation>最后修改：%1，%2</translation>
    </message>
</context>
<context>
    <name>dew::ui::RecordPage</name>
    <message>
        <source>Information systems</source>
        <translation>系统清单</translation>
    </message>
    <message>
        <source>Data resources</source>
        <translation>数据清单</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>The record in the form has unsaved changes. Save them?</source>
        <translation>表单中的记录有未保存的修改，是否保存？</translation>
    </message>
    <message>
        <source>Not saved. Correct the fields marked in red.</source>
        <translation>未保存。请更正红色标出的字段。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>已删除。撤销（Ctrl+Z）可恢复。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>共 %Ln 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First %Ln matching record(s); scroll down for more</source>
        <translation>
            <numerusform>已显示前 %Ln 条结果，向下滚动加载更多</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the records to change first (Ctrl or Shift + click).</source>
        <translation>请先选择要修改的记录（按住 Ctrl 或 Shift 点击）。</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>未做任何修改：%1</translation>
    </message>
    <message numerus="yes">
        <source>Set %1 of %Ln record(s)</source>
        <translation>
            <numerusform>设置 %Ln 条记录的%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 set on %2 records; %3 already had it.</source>
        <translation>已为 %2 条记录设置%1；%3 条原本就是此值。</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>授权运营申请</translation>
    </message>
    <message>
        <source>Workflow rules</source>
        <translation>流程规则</translation>
    </message>
    <message>
        <source>Saved as a draft. Attach its materials and submit it on the Reviews page.</source>
        <translation>已保存为草稿。请在“审核”页添加申请材料并提交。</translation>
    </message>
</context>
<context>
    <name>dew::ui::ReviewActionDialog</name>
    <message>
        <source>%1: the application moves from &quot;%2&quot;.</source>
        <translation>%1：申请将从“%2”流转。</translation>
    </message>
    <message>
        <source>&amp;Opinion:</source>
        <translation>意见(&amp;O)：</translation>
    </message>
    <message>
        <source>The reasons, as they will stand in the review record and the decision letter</source>
        <translation>理由，将载入审核记录和决定书</translation>
    </message>
    <message>
        <source>The credit check could not be made: pass qualification on my judgement, as my opinion explains</source>
        <translation>信用核查无法进行：依我的判断通过资格审查，理由见意见</translation>
    </message>
</context>
<context>
    <name>dew::ui::ReviewsPage</name>
    <message>
        <source>&amp;Attach material…</source>
        <translation>添加材料(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Verify file…</source>
        <translation>核验文件(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print decision letter…</source>
        <translation>打印决定书(&amp;P)…</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>操作：</translation>
    </message>
    <message>
        <source>Awaiting me (%1)</source>
        <translation>待我审核（%1）</translation>
    </message>
    <message>
        <source>Due soon or overdue (%1)</source>
        <translation>即将逾期/已逾期（%1）</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>全部（%1）</translation>
    </message>
    <message>
        <source>Every state (%1)</source>
        <translation>全部状态（%1）</translation>
    </message>
    <message>
        <source>%1: the application is now &quot;%2&quot;. Sync carries the decision to the server.</source>
        <translation>%1：申请现为“%2”。同步时将把该决定提交服务器。</translation>
    </message>
    <message>
        <source>Attach material</source>
        <translation>添加材料</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Attached %1 (SHA-256 %2).</source>
        <translation>已添加 %1（SHA-256 %2）。</translation>
    </message>
    <message>
        <source>Verify %1</source>
        <translation>核验 %1</translation>
    </message>
    <message>
        <source>%1 is the file filed as %2: its SHA-256 matches.</source>
        <translation>%1 与已提交的 %2 一致：SHA-256 相符。</translation>
    </message>
    <message>
        <source>%1 is NOT the file filed as %2: its SHA-256 differs.</source>
        <translation>%1 与已提交的 %2 不一致：SHA-256 不符。</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>Print decision letter</source>
        <translation>打印决定书</translation>
    </message>
    <message>
        <source>Decision letter %1.pdf</source>
        <translation>决定书-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Hohhot Municipal Data Bureau</source>
        <translation>呼和浩特市数据局</translation>
    </message>
    <message>
        <source>Hohhot Data Authorization [%1] No. %2</source>
        <translation>呼数授〔%1〕%2号</translation>
    </message>
    <message>
        <source>The decision letter is in %1.</source>
        <translation>决定书已保存到 %1。</translation>
    </message>
    <message>
        <source>Record a&amp;greement…</source>
        <translation>登记协议(&amp;G)…</translation>
    </message>
    <message>
        <source>Agreement %1 is recorded.</source>
        <translation>协议 %1 已登记。</translation>
    </message>
    <message>
        <source>A step of this application is not yet synced: sync first, then print the letter.</source>
        <translation>该申请有操作尚未同步：请先同步，再打印决定书。</translation>
    </message>
    <message>
        <source>&amp;Open material</source>
        <translation>打开材料(&amp;O)</translation>
    </message>
    <message>
        <source>Save &amp;copy…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>No application opens %1; the file is in %2.</source>
        <translation>没有可打开 %1 的程序；文件位于 %2。</translation>
    </message>
    <message>
        <source>Save a copy of %1</source>
        <translation>另存 %1 的副本</translation>
    </message>
    <message>
        <source>Saved %1 to %2; its SHA-256 matches the filed file.</source>
        <translation>已将 %1 保存到 %2；其 SHA-256 与所报文件一致。</translation>
    </message>
</context>
<context>
    <name>dew::ui::Screenshots</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>dew::ui::ServerPage</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Work in the demo workspace, without a server</source>
        <translation>使用演示工作区（不连接服务器）</translation>
    </message>
    <message>
        <source>You are working in the demo workspace. Signing in opens a separate workspace for that server and user; the demo data is never sent to a server.</source>
        <translation>您正在使用演示工作区。登录后将为该服务器和用户打开单独的工作区；演示数据绝不会发送到服务器。</translation>
    </message>
    <message>
        <source>Signed in as %1. Signing in as another user opens that user&apos;s own workspace.</source>
        <translation>已以 %1 的身份登录。以其他用户登录将打开该用户自己的工作区。</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Enter the server address, your user name and your password.</source>
        <translation>请输入服务器地址、用户名和密码。</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>正在登录 %1…</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>已以 %1 的身份登录。</translation>
    </message>
</context>
<context>
    <name>dew::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>A new language takes effect when dew starts again.</source>
        <translation>新的语言在 dew 重新启动后生效。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Lock when idle for</source>
        <translation>空闲自动锁定</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
</context>
<context>
    <name>dew::ui::SheetMappingEditor</name>
    <message>
        <source>The mapping from last time was applied.</source>
        <translation>上次的对应关系已应用</translation>
    </message>
    <message>
        <source>&amp;Reset to the recognised mapping</source>
        <translation>恢复为自动识别的对应关系(&amp;R)</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation>文件中的表头</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>示例值</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>导入到</translation>
    </message>
    <message>
        <source>(do not import)</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>Also chosen for column %1</source>
        <translation>与 %1 列重复</translation>
    </message>
    <message>
        <source>Required, but no column is chosen: %1</source>
        <translation>必填但没有对应的列：%1</translation>
    </message>
</context>
<context>
    <name>dew::ui::SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Fields that several people changed while apart. Nothing was overwritten: choose the value that should stand.</source>
        <translation>多人在离线时修改的相同字段。没有任何内容被覆盖：请选择应保留的值。</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>解决(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Open the record</source>
        <translation>打开记录(&amp;O)</translation>
    </message>
    <message>
        <source>Changes made on this computer that the server refused, with its reason. The record shows the server&apos;s version; what was typed is kept here until you dismiss it.</source>
        <translation>本机上被服务器拒绝的修改及其原因。记录显示的是服务器上的版本；您填写的内容保留在这里，直到您将其移除。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>移除(&amp;D)</translation>
    </message>
    <message>
        <source>You have read it and retyped what still matters: remove it from the list.</source>
        <translation>您已阅读并重新填写了仍需要的内容：将其从列表中移除。</translation>
    </message>
    <message>
        <source>Open the &amp;record</source>
        <translation>打开记录(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Conflicts (%L1)</source>
        <translation>冲突(&amp;C)（%L1）</translation>
    </message>
    <message>
        <source>Re&amp;fused changes (%L1)</source>
        <translation>被拒绝的修改(&amp;F)（%L1）</translation>
    </message>
    <message>
        <source>Material files that did not travel between this computer and the server, with the reason. Their records synced anyway. A file leaves this list once a later sync carries it; one the server refused (too large, say) is not tried again: attach another copy or remove the material.</source>
        <translation>未能在本机与服务器之间传输的材料文件及其原因。相应的记录已照常同步。之后的同步传输成功后，文件即从此列表消失；被服务器拒绝的文件（例如过大）不会再次尝试：请另附一份文件或删除该材料。</translation>
    </message>
    <message>
        <source>File&amp;s not transferred (%L1)</source>
        <translation>未传输的文件(&amp;S)（%L1）</translation>
    </message>
</context>
<context>
    <name>dew::ui::SyncStatusWidget</name>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>需要登录</translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>未同步</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending change(s)</source>
        <translation>
            <numerusform>待同步 %Ln 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open conflict(s)</source>
        <translation>
            <numerusform>冲突 %Ln 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>Show the open conflicts</source>
        <translation>查看待解决的冲突</translation>
    </message>
    <message>
        <source>Show the changes the server refused</source>
        <translation>查看被服务器拒绝的修改</translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused change(s)</source>
        <translation>
            <numerusform>%Ln 项修改被拒绝</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the material files that did not travel</source>
        <translation>查看未能传送的材料文件</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) not transferred</source>
        <translation>
            <numerusform>%Ln 个文件未传送</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dew::ui::UnlockDialog</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Enter the password of %1 (%2) for %3. This works offline too.</source>
        <translation>请输入 %1（%2）在 %3 的密码。离线时同样可用。</translation>
    </message>
    <message>
        <source>Open the demo instead</source>
        <translation>改为打开演示工作区</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>密码错误。</translation>
    </message>
</context>
<context>
    <name>dew::ui::WorkflowRuleEditor</name>
    <message>
        <source>One per line: a resource code (101001/000123) or a classification-code prefix (101).</source>
        <translation>每行一项：资源代码（如 101001/000123）或分类代码前缀（如 101）。</translation>
    </message>
    <message>
        <source>Negative list (never authorized)</source>
        <translation>负面清单（不予授权）</translation>
    </message>
    <message>
        <source>Positive list (may be authorized)</source>
        <translation>正面清单（可予授权）</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>正负面清单</translation>
    </message>
    <message>
        <source>No ceiling</source>
        <translation>不设上限</translation>
    </message>
    <message>
        <source> yuan a year</source>
        <translation> 元/年</translation>
    </message>
    <message>
        <source>Fee ceilings</source>
        <translation>收费上限</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>不设时限</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <source>Due soon within</source>
        <translation>即将逾期提醒</translation>
    </message>
    <message>
        <source>Stage deadlines</source>
        <translation>环节时限</translation>
    </message>
    <message>
        <source>The rule cited when an application for core data is rejected automatically.</source>
        <translation>申请核心数据被自动驳回时援引的规定。</translation>
    </message>
    <message>
        <source>Core data rule</source>
        <translation>核心数据驳回依据</translation>
    </message>
    <message>
        <source>One date per line, YYYY-MM-DD.</source>
        <translation>每行一个日期，格式为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Public holidays (days off)</source>
        <translation>法定节假日（休息日）</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1第 %2 行：%3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a resource code nor a classification-code prefix.</source>
        <translation>“%1”既不是资源代码，也不是分类代码前缀。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the form YYYY-MM-DD.</source>
        <translation>“%1”不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>Negative list</source>
        <translation>负面清单</translation>
    </message>
    <message>
        <source>Positive list</source>
        <translation>正面清单</translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <source>Make-up working days</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <source>%1 is a weekday; a make-up working day is a Saturday or a Sunday.</source>
        <translation>%1 是工作日；调休上班日须为周六或周日。</translation>
    </message>
    <message>
        <source>%1 is also listed as a holiday.</source>
        <translation>%1 同时被列为节假日。</translation>
    </message>
    <message>
        <source>Make-up working days (on a Saturday or Sunday)</source>
        <translation>调休上班日（周六或周日）</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>dew cannot start</source>
        <translation>dew 无法启动</translation>
    </message>
</context>
</TS>
