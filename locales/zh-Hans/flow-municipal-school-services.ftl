## 市政府学校服务：assets/flows/municipal-school-services.toml。

flow-municipal-school-services-services = 您要申请哪些服务？
flow-municipal-school-services-services-hint = 可以选择不止一项。
flow-municipal-school-services-services-nursery = 托儿所（asilo nido，3 个月到 3 岁）
flow-municipal-school-services-services-canteen = 学校食堂（mensa）
flow-municipal-school-services-services-transport = 校车（scuolabus）

flow-municipal-school-services-page-transport = 校车
flow-municipal-school-services-transport_far = 你们住在市中心以外，而且离学校超过 1 公里吗？
flow-municipal-school-services-transport_far-hint = 校车只给住得离学校远的人。
flow-municipal-school-services-transport-too-close = 校车只给住在市中心以外、离学校超过 1 公里的人。请返回并取消校车，或者问工作人员。
flow-municipal-school-services-transport_nearest_school = 孩子上的是离家最近的学校吗？

flow-municipal-school-services-page-child = 孩子
flow-municipal-school-services-child_surname = 姓
flow-municipal-school-services-child_given_name = 名
flow-municipal-school-services-child_birth_date = 出生日期
flow-municipal-school-services-nursery-age = 托儿所只收 3 岁以下的孩子。孩子年龄更大的话，请取消托儿所这一项。
flow-municipal-school-services-child_codice_fiscale = 孩子的税号（codice fiscale）
flow-municipal-school-services-child_codice_fiscale-hint = 如果孩子没有税号，请留空。

flow-municipal-school-services-school_name = 孩子上哪所学校？
flow-municipal-school-services-school_name-hint = 学校名称和班级，例如 "Primaria Pio Borri, 2ª B"。

flow-municipal-school-services-page-diet = 饮食
flow-municipal-school-services-special_diet = 孩子需要特殊饮食吗？
flow-municipal-school-services-special_diet-none = 不需要
flow-municipal-school-services-special_diet-medical = 需要，因为健康原因（过敏、不耐受）
flow-municipal-school-services-special_diet-religious = 需要，因为宗教原因
flow-municipal-school-services-special_diet-vegetarian = 需要，素食
flow-municipal-school-services-diet_details = 孩子不能吃什么？
flow-municipal-school-services-diet_details-hint = 因为健康原因的话，还需要医生证明：请交到学校事务办公室（ufficio scuola）。

flow-municipal-school-services-page-parent = 支付服务费用的家长
flow-municipal-school-services-parent_relationship = 您是孩子的什么人？
flow-municipal-school-services-parent_relationship-mother = 母亲
flow-municipal-school-services-parent_relationship-father = 父亲
flow-municipal-school-services-parent_relationship-guardian = 监护人
flow-municipal-school-services-parent_surname = 姓
flow-municipal-school-services-parent_given_name = 名
flow-municipal-school-services-parent_codice_fiscale = 您的税号（codice fiscale）

flow-municipal-school-services-page-address = 你们住在哪里
flow-municipal-school-services-comune = 市镇（Comune）
flow-municipal-school-services-street = 街道和门牌号
flow-municipal-school-services-cap = CAP（邮政编码）

flow-municipal-school-services-page-isee = ISEE（家庭经济状况证明）
flow-municipal-school-services-has_isee = 您有有效的 ISEE 证明吗？
flow-municipal-school-services-has_isee-hint = ISEE 在 13.500 欧元以下，可以付优惠价。没有 ISEE 要付全价。可以在 CAF（税务协助中心）免费办理 ISEE。
flow-municipal-school-services-isee_value = ISEE 金额（欧元）

flow-municipal-school-services-page-contacts = 您的联系方式
flow-municipal-school-services-phone = 电话
flow-municipal-school-services-email = 电子邮件

flow-municipal-school-services-what_next = 市政府（Comune）的学校事务办公室会检查申请并公布排名。他们会写信或打电话告诉您孩子是否被录取，以及服务要多少钱。
