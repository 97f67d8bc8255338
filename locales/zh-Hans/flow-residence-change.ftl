## Change of residence: the questions of assets/flows/residence-change.toml.

flow-residence-change-reason = 您为什么要更改居住地？
flow-residence-change-reason-from-other-comune = 我从意大利另一个市镇（comune）搬来
flow-residence-change-reason-from-abroad = 我从国外搬来
flow-residence-change-reason-within-comune = 我在 Arezzo 市内换地址
flow-residence-change-reason-other = 其他原因
flow-residence-change-previous_comune = 您从哪个市镇（comune）搬来？
flow-residence-change-previous_comune-hint = 您以前登记居住的市镇。
flow-residence-change-previous_country = 您从哪个国家搬来？

flow-residence-change-page-applicant = 您的信息
flow-residence-change-surname = 姓
flow-residence-change-given_name = 名
flow-residence-change-sex = 性别
flow-residence-change-sex-female = 女
flow-residence-change-sex-male = 男

flow-residence-change-page-applicant-birth = 您的出生信息
flow-residence-change-birth_date = 出生日期
flow-residence-change-birth_country = 出生国家
flow-residence-change-adult-required = 申报人必须是成年人。未成年人请作为和您一起搬家的人添加。

flow-residence-change-page-applicant-codes = 税号和国籍
flow-residence-change-codice_fiscale = 税号（codice fiscale）
flow-residence-change-codice_fiscale-hint = 在医疗卡（tessera sanitaria）上：16 个字符；如果是临时税号，则是 11 位数字。
flow-residence-change-citizenship = 国籍

flow-residence-change-civil_status = 婚姻状况
flow-residence-change-civil_status-single = 未婚
flow-residence-change-civil_status-married = 已婚
flow-residence-change-civil_status-civil-union = 民事结合
flow-residence-change-civil_status-separated = 分居
flow-residence-change-civil_status-divorced = 离婚
flow-residence-change-civil_status-widowed = 丧偶

flow-residence-change-page-address = 您在 Arezzo 的新地址
flow-residence-change-street = 街道或广场
flow-residence-change-street-hint = 例如：Via Roma。
flow-residence-change-house_number = 门牌号
flow-residence-change-interior = 户号（interno，如果有）
flow-residence-change-cap = CAP（邮政编码）
flow-residence-change-cap-arezzo = 这个 CAP 不属于 Comune di Arezzo：本市的 CAP 是 52100。

flow-residence-change-others_registered = 这所房子里已经有其他人登记居住吗？
flow-residence-change-others_registered-hint = 如果有，该户的户主需要签字同意。
flow-residence-change-registered_holder = 户主（intestatario della scheda di famiglia）的姓名
flow-residence-change-registered_holder-hint = 已经在这里登记居住、签字同意的人。

flow-residence-change-title = 您以什么身份住在这所房子里？
flow-residence-change-title-owner = 我是房主
flow-residence-change-title-lease = 我有已登记的租房合同
flow-residence-change-title-public-housing = 公共住房（ERP）
flow-residence-change-title-free-loan = 已登记的无偿借用（comodato d'uso）
flow-residence-change-title-usufruct = 用益权
flow-residence-change-title-other = 其他（借住、同居）

flow-residence-change-page-lease = 合同登记信息
flow-residence-change-lease_office = Agenzia delle Entrate（税务局）办公室
flow-residence-change-lease_office-hint = 写在合同登记回执上。
flow-residence-change-lease_date = 登记日期
flow-residence-change-lease_number = 登记编号

flow-residence-change-members-add-another = 还有其他人和您一起搬家吗？
flow-residence-change-page-member = 和您一起搬家的人
flow-residence-change-member_surname = 姓
flow-residence-change-member_given_name = 名
flow-residence-change-member_birth_date = 出生日期
flow-residence-change-member_relationship = 这个人是您的什么人？
flow-residence-change-member_relationship-spouse = 配偶
flow-residence-change-member_relationship-partner = 同居伴侣
flow-residence-change-member_relationship-child = 儿子或女儿
flow-residence-change-member_relationship-parent = 父亲或母亲
flow-residence-change-member_relationship-sibling = 兄弟或姐妹
flow-residence-change-member_relationship-other = 其他
flow-residence-change-page-member-codes = 此人的税号和国籍
flow-residence-change-member_codice_fiscale = 税号（如果有）
flow-residence-change-member_citizenship = 国籍

flow-residence-change-page-contacts = 我们如何联系您
flow-residence-change-phone = 电话号码
flow-residence-change-email = 电子邮箱（如果有）

flow-residence-change-what_next = 您的申请是为了递交申报：只有在所有搬家的成年人都签了名（表格上的方框），并且已把申报交到户籍窗口（anagrafe）或通过 PEC（认证电子邮件）发送，同时附上所有人的身份证件和您的居留许可（或申请回执）之后，申报才有效。从那天起，Comune（市政府）会在 2 个工作日内登记居住地；45 天内，市政警察（Polizia Municipale）可能会上门核实您是否住在这个地址：如果您没有收到任何通知，居住地就确认了。
