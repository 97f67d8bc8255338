## 公立学校报名：assets/flows/state-school-enrolment.toml。

flow-state-school-enrolment-window_closed = 网上报名已经结束：每年一月到二月报名。您还是可以在这里填写申请：我们打印出来，您交到学校的秘书处（segreteria），学校会接受过期报名。

flow-state-school-enrolment-school_level = 您想给儿子或女儿报名哪一种学校？
flow-state-school-enrolment-school_level-hint = 只限一年级。幼儿园（scuola dell'infanzia）要用学校的纸质表格。
flow-state-school-enrolment-school_level-primary = 小学（scuola primaria），一年级
flow-state-school-enrolment-school_level-lower-secondary = 初中（scuola secondaria di primo grado），一年级
flow-state-school-enrolment-school_level-upper-secondary = 高中（scuola secondaria di secondo grado），一年级
flow-state-school-enrolment-school_level-vocational = 大区的职业培训课程（CFP）

flow-state-school-enrolment-page-pupil = 要报名的孩子
flow-state-school-enrolment-pupil_surname = 姓
flow-state-school-enrolment-pupil_given_name = 名
flow-state-school-enrolment-pupil_sex = 性别
flow-state-school-enrolment-pupil_sex-female = 女
flow-state-school-enrolment-pupil_sex-male = 男
flow-state-school-enrolment-pupil_birth_date = 出生日期
flow-state-school-enrolment-too-old-for-primary = 上小学一年级，孩子要 5 岁或 6 岁。孩子年龄更大的话，请和学校谈。

flow-state-school-enrolment-page-pupil-origin = 孩子的出生和证件
flow-state-school-enrolment-pupil_birth_country = 出生国家
flow-state-school-enrolment-pupil_citizenship = 国籍
flow-state-school-enrolment-pupil_has_cf = 孩子有税号（codice fiscale）吗？
flow-state-school-enrolment-pupil_has_cf-hint = 没有税号、没有证件，孩子也有权利上学：学校会帮助您。
flow-state-school-enrolment-pupil_codice_fiscale = 孩子的税号（codice fiscale）

flow-state-school-enrolment-page-parent = 提出申请的家长
flow-state-school-enrolment-parent_relationship = 您是孩子的什么人？
flow-state-school-enrolment-parent_relationship-mother = 母亲
flow-state-school-enrolment-parent_relationship-father = 父亲
flow-state-school-enrolment-parent_relationship-guardian = 监护人
flow-state-school-enrolment-parent_surname = 姓
flow-state-school-enrolment-parent_given_name = 名
flow-state-school-enrolment-parent_codice_fiscale = 您的税号（codice fiscale）
flow-state-school-enrolment-parent_codice_fiscale-hint = 如果您没有税号，请留空：学校会帮您完成申请。

flow-state-school-enrolment-page-address = 孩子住在哪里
flow-state-school-enrolment-comune = 市镇（Comune）
flow-state-school-enrolment-street = 街道和门牌号
flow-state-school-enrolment-cap = CAP（邮政编码）

flow-state-school-enrolment-page-contacts = 学校怎样联系您
flow-state-school-enrolment-email = 电子邮件
flow-state-school-enrolment-email-hint = 申请的消息会通过电子邮件和 app IO 发给您。
flow-state-school-enrolment-phone = 电话

flow-state-school-enrolment-page-schools = 您选择的学校
flow-state-school-enrolment-first_choice = 您最想去的学校的代码
flow-state-school-enrolment-first_choice-hint = 代码有 10 个字符，Arezzo 的代码以 AR 开头，例如 ARIC82100X。您可以在 "Scuola in Chiaro" 上找到，或者问工作人员。
flow-state-school-enrolment-second_choice = 第二选择（如果您想填）
flow-state-school-enrolment-third_choice = 第三选择（如果您想填）
flow-state-school-enrolment-same-school-twice = 您已经选了这所学校：请填写另一所学校，或者留空。

flow-state-school-enrolment-religion_teaching = 您希望孩子上天主教宗教课吗？
flow-state-school-enrolment-religion_teaching-hint = 如果您回答不，在五月底到七月初，您要和学校一起选择另一种活动。
flow-state-school-enrolment-religion_teaching-yes = 是
flow-state-school-enrolment-religion_teaching-no = 不，上其他活动

flow-state-school-enrolment-what_next = 学校会审查申请，并用电子邮件告诉您孩子被您选的学校录取了，还是被另一所学校录取了。请保留回执：上面有申请编号。
# What to have ready before opening the portal (the "continue on the portal" sheet).
flow-state-school-enrolment-portal_ready = 您的 SPID，或者您的 CIE 和 PIN 码；您和孩子的税号（codice fiscale）；所选学校的代码（codice meccanografico，可以在学校网站或 Scuola in Chiaro 上找到）。
