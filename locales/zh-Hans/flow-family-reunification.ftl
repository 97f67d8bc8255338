## Family reunification: assets/flows/family-reunification.toml.

flow-family-reunification-page-permit = 您的居留许可
flow-family-reunification-permit_type = 您的居留许可是哪一种？
flow-family-reunification-permit_type-work = 受雇工作
flow-family-reunification-permit_type-self-employment = 自雇工作
flow-family-reunification-permit_type-family = 家庭原因
flow-family-reunification-permit_type-long-term = 欧盟长期居留
flow-family-reunification-permit_type-study = 学习
flow-family-reunification-permit_type-asylum = 庇护或辅助保护
flow-family-reunification-permit_type-other = 其他
flow-family-reunification-permit_one_year = 您的居留许可有效期至少一年吗？
flow-family-reunification-permit_one_year-hint = 请看居留许可上的签发日期和到期日期。
flow-family-reunification-permit-too-short = 申请家庭团聚需要有效期至少一年的居留许可。请向工作人员询问其他办法。

flow-family-reunification-family-add-another = 您要再添加一位家人吗？
flow-family-reunification-page-member = 您想接来意大利的家人
flow-family-reunification-relationship = 这位家人是您的什么人？
flow-family-reunification-relationship-spouse = 丈夫或妻子
flow-family-reunification-relationship-minor-child = 未满 18 岁的儿子或女儿
flow-family-reunification-relationship-adult-child-disabled = 完全残疾的成年儿子或女儿
flow-family-reunification-relationship-parent = 由您赡养的父亲或母亲
flow-family-reunification-member_surname = 姓
flow-family-reunification-member_given_name = 名
flow-family-reunification-member_birth_date = 出生日期
flow-family-reunification-member_country = 现在居住的国家
flow-family-reunification-member_country-hint = 签证要向该国的意大利领事馆申请。
flow-family-reunification-age-does-not-fit = 年龄不符合：配偶必须年满 18 岁，未成年子女必须未满 18 岁。

flow-family-reunification-annual_income = 您去年的收入（欧元）
flow-family-reunification-annual_income-hint = Certificazione Unica 或报税表上的税前总额。可以加上和您同住的家人的收入。
flow-family-reunification-income-too-low = 按这个家人人数，每年收入至少需要 { NUMBER($income_threshold, minimumFractionDigits: 2) } 欧元。请询问工作人员：有时可以加上其他家人的收入。

flow-family-reunification-page-housing = 你们将要居住的房子
flow-family-reunification-dwelling_area = 房子有多少平方米？
flow-family-reunification-dwelling_area-hint = 写在租房合同或房屋平面图（planimetria）上。
flow-family-reunification-housing-too-small = 所有将住在这所房子里的人，至少需要 { NUMBER($housing_minimum, maximumFractionDigits: 0) } 平方米。
flow-family-reunification-housing_certificate = 您有 Comune（市政府）开具的住房适宜证明（idoneità alloggiativa）吗？
flow-family-reunification-housing_certificate-hint = 如果还没有，请向 Comune 的住房办公室（Ufficio casa）申请：提交申请时需要它。

flow-family-reunification-page-applicant = 您的信息
flow-family-reunification-surname = 姓
flow-family-reunification-given_name = 名
flow-family-reunification-codice_fiscale = 税号（codice fiscale）

flow-family-reunification-page-contacts = 我们如何联系您
flow-family-reunification-phone = 电话号码
flow-family-reunification-email = 电子邮箱（如果有）

flow-family-reunification-what_next = 申请会交到省政府（Prefettura）的移民统一窗口（Sportello Unico per l'Immigrazione），该窗口会征求警察局（Questura）的意见。许可（nulla osta）会在 90 天内发出。然后您的家人向意大利领事馆申请签证；到达意大利后 8 天内，你们必须一起去 Sportello Unico。
# What to have ready before opening the portal (the "continue on the portal" sheet).
flow-family-reunification-portal_ready = 您的 SPID，或者您的 CIE 和 PIN 码；居留许可；您和家人的护照；房屋租赁合同或产权证明，以及 Comune（市政府）开具的住房适宜证明（idoneità alloggiativa）；去年的收入（Certificazione Unica 或报税表）；一张 16 欧元印花税票（marca da bollo）的信息。
