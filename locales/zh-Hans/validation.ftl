## Messages next to a field when an answer cannot be accepted. They say what
## to do, never "invalid" or "error"; what the person typed stays as it is.

error-required = 请回答这个问题，然后继续。
error-choice = 请触摸其中一个答案。
error-number = 请填写数字，只用阿拉伯数字。
error-number-too-small = 请填写等于或大于 { $min } 的数字。
error-number-too-large = 请填写等于或小于 { $max } 的数字。
error-money = 请填写欧元金额，例如 1250 或 1250,50。
error-date = 请填写真实的日期：日、月、年，例如 15/03/1990。
error-date-too-early = 日期必须是 { $date } 或之后。
error-date-too-late = 日期必须是 { $date } 或之前。
error-name = 请用字母填写姓名，与证件上一致。
error-name-latin = 请用拉丁字母（A–Z）填写姓名，与护照或居留许可上一致。
error-text-characters = 请删除特殊符号：只用字母、数字和标点。
error-text-too-long = 请缩短文字：最多 { $max } 个字符。
error-phone = 请用数字填写电话号码，例如 333 123 4567 或 +40 721 234 567。
error-email = 请填写完整的电子邮箱地址，例如 name@example.com。
error-comune = 请从列表中选择一个意大利市镇（comune）。
error-country = 请从列表中选择一个国家。
error-cap = 请填写 CAP（邮政编码）：5 位数字，例如 52100。
error-document-number = 请填写证件号码：5 到 20 个字母和数字。
error-notice-length = 缴费通知编码有 18 位数字；您填写了 { $found } 位。请照缴费通知抄写。
error-notice-digits = 缴费通知编码只有数字：请照缴费通知抄写。
error-notice-check = 这个缴费通知编码不正确：请对照通知逐位检查。
error-nre = 请填写处方编码（NRE）：15 个字符，在处方条形码的上方。
error-school-code = 请填写学校代码：10 个字符，例如 ARIC82100X。
error-permit-reference = 请填写案件编号（10 个字符）或邮局（Poste）回执上的 "numero assicurata"（12 位数字）。
error-cf-length = 税号（codice fiscale）有 16 个字符（临时税号为 11 位数字）；您填写了 { $found } 个。
error-cf-pattern = 请检查税号：字母和数字必须在正确的位置，与医疗卡（tessera sanitaria）上一致。
error-cf-check = 税号不正确：请对照医疗卡逐个检查字符。
error-cf-date = 税号中的出生日期不存在：请检查第 7 到第 11 个字符。
error-cf-birthplace = 税号中的出生地（{ $code }）不存在：请检查第 12 到第 15 个字符。
error-cf-birthplace-date = 税号中的出生地（{ $code }）在出生日期时无效：请检查税号。
error-citizenship-reference = 请按回执填写申请编号，例如 K10/C/123456。
