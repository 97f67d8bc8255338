## 每项服务的信息单（"打印这些信息"）：需要什么、
## 多少钱、在哪里、什么时候。资料来自设计说明（DOMAIN.md）。

info-need = 您需要什么
info-cost = 多少钱
info-where = 在哪里、什么时候

info-certificates-need = 证明上那个人的税号（codice fiscale）。如果要贴印花税票的证明，需要一张 16 欧元的印花税票（marca da bollo）。
info-certificates-cost = 网上的证明是免费的。贴印花税票的证明要 16 欧元（marca da bollo）；出生证明和结婚证明一直不用贴印花税票。
info-certificates-where = 马上就能拿到，在这台自助终端上或在 ANPR 网站上。证明有效期 6 个月，不用交给公共机构：对他们来说，您自己的声明（autocertificazione）就够了。

info-residence-change-need = 每个搬家的人的身份证件；不是欧盟公民的人要带居留许可（permesso di soggiorno）或邮局（Poste）的回执；已登记的租房合同，或者可以住这所房子的证明。
info-residence-change-cost = 免费。
info-residence-change-where = 搬家后 20 天内办理。Comune（市政府）在 2 个工作日内登记您的申报；市政警察（Polizia Municipale）可能在 45 天内来核实。地点：Comune di Arezzo 的户籍办公室（Ufficio Anagrafe），Piazza Amintore Fanfani。

info-permit-status-need = 邮局（Poste）回执上的案件编号（10 个字符）或 "numero assicurata"（12 位数字）。
info-permit-status-cost = 免费。
info-permit-status-where = 随时都可以，在这里或在 Polizia di Stato（国家警察）的网站上查询（就是这台自助终端读取的公开网页）。居留许可办好后，警察局（Questura）会给您发 SMS 短信，告诉您领取的日期和地点。

info-family-reunification-need = 有效期至少一年的居留许可（permesso di soggiorno），去年的收入证明（Certificazione Unica 或报税表），房屋合同和 Comune（市政府）开具的住房适宜证明（idoneità alloggiativa），以及家人的证件。
# Source: Prefetture's immigration FAQ (e.g. Reggio Emilia, read 2026-12):
# one 16 € marca da bollo per application.
info-family-reunification-cost = 申请需要一张 16 欧元的印花税票（marca da bollo），要在门户网站上填写它的信息。住房适宜证明和证件翻译要花钱。
info-family-reunification-where = 申请要在 Ministero dell'Interno（内政部）的 ALI 门户网站上用您的 SPID 或 CIE 办理：您可以在这里准备，如果您愿意，工作人员可以和您一起办理。申请交到 Prefettura di Arezzo（省政府）的移民统一窗口（Sportello Unico per l'Immigrazione）；然后家人向意大利领事馆申请签证。

info-citizenship-status-need = 入籍申请编号（K10…）和您的出生日期。
info-citizenship-status-cost = 免费。
info-citizenship-status-where = 申请进度只能在 Ministero dell'Interno（内政部）的 ALI 门户网站上查看，要用您的 SPID 或 CIE 登录：您可以在这里准备说明单，如果您愿意，工作人员可以和您一起打开门户网站。法律规定在 24 个月内作出决定，最多可以延长到 36 个月。

info-italian-test-a2-need = 居留许可（permesso di soggiorno）、护照、税号（codice fiscale），以及一个您每天都看的电子邮箱。
info-italian-test-a2-cost = 免费。
info-italian-test-a2-where = 报名要在 testitaliano.interno.it 网站上用您的 SPID 或 CIE 办理：您可以在这里准备，如果您愿意，工作人员可以和您一起办理。考试通知会在 60 天内通过电子邮件发来；考试在一个 CPIA（成人教育中心）进行。如果没有通过，90 天以后可以再次报名。

info-state-school-enrolment-need = 孩子和父母的信息，您选的学校的代码（10 个字符，Arezzo 的学校以 AR 开头），以及一个电子邮箱。
info-state-school-enrolment-cost = 免费。
info-state-school-enrolment-where = 每年一月到二月，要在教育部的 Unica 平台上用您的 SPID 或 CIE 报名：您可以在这里准备，如果您愿意，工作人员可以和您一起办理。其他时间，请把表格交到学校的秘书处（segreteria）。

info-municipal-school-services-need = 孩子和付费家长的信息、税号（codice fiscale）、学校名称，如果有的话，还有 ISEE（家庭经济状况证明）。
info-municipal-school-services-cost = 申请是免费的。服务费用按 ISEE 计算：ISEE 在 13.500 欧元以下可以付优惠价。
info-municipal-school-services-where = Comune di Arezzo 的学校事务办公室（ufficio scuola）（Sportello Unico，Piazza Amintore Fanfani），在 Comune 公布的报名期间办理。

info-online-magazines-need = 托斯卡纳（Toscana）一家图书馆的借书卡。
info-online-magazines-cost = 免费。
info-online-magazines-where = 随时都可以，用手机或电脑上 MLOL 看，或者在图书馆看。借书卡可以在 Biblioteca Città di Arezzo（via dei Pileati 8）免费办理。

info-training-courses-need = 一个身份证件和居留许可（permesso di soggiorno）。要拿培训券（voucher）和补助，需要在 Centro per l'Impiego（就业中心）登记。
info-training-courses-cost = 很多课程是免费的；课程信息单上写着费用。
info-training-courses-where = 在截止日期前，到信息单上写的培训机构报名。咨询：Arezzo 的 Centro per l'Impiego（就业中心），via Monte Cervino 24。

info-job-offers-need = 简历、一个身份证件和居留许可（permesso di soggiorno）。
info-job-offers-cost = 免费。
info-job-offers-where = 在截止日期前，到招聘信息上写的 Centro per l'Impiego（就业中心）（Arezzo、San Giovanni Valdarno、Sestino、Civitella）。

info-health-booking-need = 电子处方（NRE 号码）和医疗卡（tessera sanitaria）；如果您没有居留许可，就用 STP 代码。
info-health-booking-cost = 用 pagoPA 支付 ticket（自付费用），除非处方上写了免费（esenzione）。
info-health-booking-where = USL Toscana Sud Est 的医院和社区医疗中心（case della salute）。要取消预约，请用预约编号打电话给 CUP（预约中心）。
