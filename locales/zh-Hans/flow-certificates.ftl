## Registry certificates: assets/flows/certificates.toml.

flow-certificates-certificate_type = 您需要哪种证明？
flow-certificates-certificate_type-residence = 居住证明
flow-certificates-certificate_type-family-status = 家庭状况证明（stato di famiglia）
flow-certificates-certificate_type-residence-and-family = 居住和家庭状况证明
flow-certificates-certificate_type-civil-status = 婚姻状况证明
flow-certificates-certificate_type-birth = 出生证明
flow-certificates-certificate_type-marriage = 结婚证明
flow-certificates-certificate_type-existence = 在世证明

flow-certificates-page-holder = 证明是谁的
flow-certificates-codice_fiscale = 此人的税号（codice fiscale）
flow-certificates-codice_fiscale-hint = 只能申请居住在 Arezzo 的人的证明。
flow-certificates-surname = 此人的姓

flow-certificates-use = 您需要证明做什么用？
flow-certificates-use-hint = 证明需要贴 16 欧元的印花税票（marca da bollo），法律规定的某些用途除外。
flow-certificates-use-stamp-duty = 其他用途（需要 16 欧元印花税票）
flow-certificates-use-school = 学校或奖学金（免费）
flow-certificates-use-pension = 养老金（免费）
flow-certificates-use-social-assistance = 社会救助或补贴（免费）
flow-certificates-use-legal-aid = 法律援助（gratuito patrocinio）（免费）
flow-certificates-use-sport = 业余体育活动（免费）

flow-certificates-copies = 要几份？

flow-certificates-what_next = 证明有效期 6 个月。不能交给公共机构或公共服务机构：对他们来说，您自己的声明（autocertificazione）就够了。如果是需要贴印花税票的证明，请在烟草店（tabaccheria）买一张 16 欧元的印花税票（marca da bollo），在使用证明之前把它贴在证明上指定的位置。
