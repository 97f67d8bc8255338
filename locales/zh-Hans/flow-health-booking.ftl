## 医疗预约和 ticket（自付费用）：assets/flows/health-booking.toml。

flow-health-booking-prescription_kind = 您的处方是哪一种？
flow-health-booking-prescription_kind-hint = 电子处方是一张白纸，上方有两个条形码。
flow-health-booking-prescription_kind-electronic = 电子处方（白纸）
flow-health-booking-prescription_kind-paper = 红色纸质处方

flow-health-booking-paper_prescription = 红色处方在这里不能读取。请到医院的 CUP（预约中心）窗口、药店预约，或者打电话预约（处方上有免费电话号码）。

flow-health-booking-page-codes = 处方上的代码
flow-health-booking-nre = 处方号码（NRE）
flow-health-booking-nre-hint = 15 个字符，在处方上方两个条形码的上面。
flow-health-booking-patient_code = 病人的税号（codice fiscale）或 STP 代码
flow-health-booking-patient_code-hint = 税号在医疗卡（tessera sanitaria）上。没有居留许可的人用 STP 代码（以 STP 开头，有 16 个字符）。

flow-health-booking-priority = 处方上写的是哪种优先级？
flow-health-booking-priority-hint = 是处方上 "priorità" 框里的一个字母。
flow-health-booking-priority-u = U：紧急（72 小时内）
flow-health-booking-priority-b = B：短期（10 天内）
flow-health-booking-priority-d = D：可延后（30 天或 60 天内）
flow-health-booking-priority-p = P：计划安排

flow-health-booking-area = 您想去哪里？
flow-health-booking-area-arezzo = Arezzo
flow-health-booking-area-valdarno = Valdarno（Montevarchi）
flow-health-booking-area-casentino = Casentino（Bibbiena）
flow-health-booking-area-valtiberina = Valtiberina（Sansepolcro）
flow-health-booking-area-valdichiana = Valdichiana（Cortona、Castiglion Fiorentino）
flow-health-booking-area-any = 最早的空位，哪里都可以

flow-health-booking-slot = 选择日期和时间
flow-health-booking-slot-hint = 这些是您的处方可以预约的空位。
flow-health-booking-slot-none = 这个地区没有空位。请返回，选择另一个地区，或者问工作人员。

flow-health-booking-phone = 您的电话
flow-health-booking-phone-hint = 如果预约有变化，CUP 会给您打电话或发信息。

flow-health-booking-payment = 我们会打印预约单和 ticket（自付费用）的付款通知（pagoPA）。请在看病前付款：可以在药店、烟草店（tabaccaio）、邮局、用 app IO 或在医院收款处付。如果处方上写了免费（esenzione），就不用付 ticket。要取消预约，请用预约编号打电话给 CUP。
