## 意大利语 A2 考试：assets/flows/italian-test-a2.toml。

flow-italian-test-a2-purpose = 您想做什么？
flow-italian-test-a2-purpose-enrol = 报名参加考试
flow-italian-test-a2-purpose-result = 查询考试结果

flow-italian-test-a2-page-result = 考试结果
flow-italian-test-a2-application_number = 申请编号
flow-italian-test-a2-application_number-hint = 编号在考试报名回执上，或在省政府（Prefettura）发来的电子邮件里。
flow-italian-test-a2-result_birth_date = 您的出生日期

flow-italian-test-a2-exemption = 下面有哪一条适合您吗？
flow-italian-test-a2-exemption-hint = 符合其中一条的人不用参加考试。
flow-italian-test-a2-exemption-none = 没有，都不适合
flow-italian-test-a2-exemption-under-14 = 我不满 14 岁
flow-italian-test-a2-exemption-italian-school = 我有意大利学校的毕业证书
flow-italian-test-a2-exemption-cpia-certificate = 我有 CPIA（成人教育中心）或认可机构发的意大利语 A2 或更高级别证书
flow-italian-test-a2-exemption-university = 我正在或曾经在意大利的大学读书
flow-italian-test-a2-exemption-disability = 我有疾病或残疾，无法学习语言，并且有医生证明

flow-italian-test-a2-exempt = 您不用参加考试。申请长期居留许可时，请带上证明文件（毕业证书、语言证书或医生证明）。工作人员可以帮助您。

flow-italian-test-a2-recent_fail = 最近 90 天内，您是否考试没有通过，或者没有理由缺考？
flow-italian-test-a2-recent_fail-hint = 考试没有通过或没有理由缺考以后，要等 90 天才能再次报名。
flow-italian-test-a2-wait-90-days = 考试 90 天以后您才能再次报名。请以后再来，或者向工作人员询问准确日期。

flow-italian-test-a2-page-applicant = 您的信息
flow-italian-test-a2-surname = 姓
flow-italian-test-a2-given_name = 名
flow-italian-test-a2-birth_date = 出生日期

flow-italian-test-a2-page-origin = 出生和国籍
flow-italian-test-a2-birth_country = 出生国家
flow-italian-test-a2-citizenship = 国籍
flow-italian-test-a2-codice_fiscale = 税号（codice fiscale）

flow-italian-test-a2-page-permit = 您的居留许可（permesso di soggiorno）
flow-italian-test-a2-permit_type = 您的居留许可是哪一种？
flow-italian-test-a2-permit_type-work = 受雇工作
flow-italian-test-a2-permit_type-self-employment = 自雇工作
flow-italian-test-a2-permit_type-family = 家庭原因
flow-italian-test-a2-permit_type-study = 学习
flow-italian-test-a2-permit_type-other = 其他
flow-italian-test-a2-permit_number = 居留许可号码
flow-italian-test-a2-permit_number-hint = 号码在居留卡的右上方。
flow-italian-test-a2-permit_expiry = 居留许可到期日
flow-italian-test-a2-permit_expiry-hint = 如果居留许可刚过期，而且您已经申请续签，请填写旧卡上的日期。

flow-italian-test-a2-page-passport = 您的护照
flow-italian-test-a2-passport_number = 护照号码
flow-italian-test-a2-passport_expiry = 护照到期日

flow-italian-test-a2-page-address = 您住在哪里
flow-italian-test-a2-comune = 市镇（Comune）
flow-italian-test-a2-street = 街道和门牌号
flow-italian-test-a2-cap = CAP（邮政编码）

flow-italian-test-a2-page-contacts = 怎样通知您参加考试
flow-italian-test-a2-email = 电子邮件
flow-italian-test-a2-email-hint = 省政府（Prefettura）用电子邮件发考试通知：请填写您每天都看的邮箱地址。
flow-italian-test-a2-phone = 电话

flow-italian-test-a2-what_next = 60 天内，省政府（Prefettura）会用电子邮件给您发考试通知：写明日期、时间和考试地点的 CPIA。请带上护照和居留许可。考试结果也会发给警察局（Questura）。
# What to have ready before opening the portal (the "continue on the portal" sheet).
flow-italian-test-a2-portal_ready = 您的 SPID，或者您的 CIE 和 PIN 码；居留许可；护照；一个您常看的电子邮箱：考试通知会发到那里。
