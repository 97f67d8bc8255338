## 打印的文件：回执、付款通知、表格、单页、小票。

doc-when = 日期和时间
doc-kiosk = 自助终端
# Variables: $phone (string)
doc-help = 如需帮助，请到服务窗口询问，或拨打电话 { $phone }。
doc-receipt-title = 回执
doc-service = 服务
doc-reference = 这是您的申请号码。请保存好：查询办理进度时需要用到。
doc-appointment = 预约
doc-booking-code = 预约码（取消预约时需要）
doc-next = 接下来会怎样
doc-keep = 请保存好这张纸。

doc-payment-title = pagoPA 付款通知
doc-payment-creditor = 收款机构
doc-payment-creditor-code = 机构的税号
doc-payment-subject = 您付的是什么钱
doc-payment-amount = 金额
doc-payment-due = 付款截止日期
doc-payment-notice-number = 通知编码
doc-payment-how = 您可以用 app IO 付款，也可以在银行、邮局、烟草店（tabaccheria）或药店付款：请出示二维码或通知编码。
doc-payment-pay-now = 如果想马上用手机付款，请扫描这个二维码：会打开 pagoPA 的付款页面。

doc-certificate-title = 证明
doc-certificate-number = 证明编号
doc-certificate-issued = 签发日期
doc-certificate-stamp = 16 欧元印花税票（marca da bollo）：仅限需要贴印花税票的证明，使用证明之前请贴在这里

doc-where-title = 在哪里查询
doc-where-permit-status = 您可以在 Polizia di Stato（国家警察）网站（questure.poliziadistato.it，外国人栏目）用邮局回执上的号码查询居留许可，也可以到 Questura di Arezzo, Ufficio Immigrazione（移民办公室）询问。
doc-where-citizenship-status = 您可以在 Ministero dell'Interno（内政部）的 ALI 门户网站（portaleservizi.dlci.interno.it）用 SPID 或 CIE 查询申请，也可以到 Prefettura di Arezzo 询问。
doc-where-italian-test-a2 = 您可以在 Ministero dell'Interno（内政部）的 ALI 门户网站（portaleservizi.dlci.interno.it）用 SPID 或 CIE 查看结果，也可以到 Prefettura di Arezzo 询问。
doc-where-online-magazines = 您可以在家里用借书证登录图书馆网站（toscana.medialibrary.it），也可以到 Biblioteca Città di Arezzo（via dei Pileati 8）询问。
doc-where-training-courses = 您可以到 Arezzo 的 Centro per l'Impiego（就业中心，via Monte Cervino 24）询问，或者在 Regione Toscana 的网站上查找。
doc-where-job-offers = 您可以在 Toscana Lavoro 网站（lavoro.regione.toscana.it）上查找，或者到 Arezzo 的 Centro per l'Impiego（就业中心，via Monte Cervino 24）询问。

doc-form-title = 在自助终端填写的表格
doc-form-declaration = 本人声明以上填写的信息真实无误。请把签好名的表格和身份证件一起带到办公室。
doc-form-date = 日期
doc-form-signature = 签名
# The declaration above the signatures of a residence declaration (DPR
# 445/2000 artt. 75-76; Min. Interno circ. 9/2012).
doc-form-declaration-dpr-445 = 我们知道虚假声明要承担刑事责任（DPR 445/2000 第 75 条和第 76 条），并声明以上填写的信息真实无误。只有在所有搬家的成年人都签了名，并且申报连同每个人的身份证件复印件一起交到户籍办公室（anagrafe）之后，申报才有效：可以在窗口递交，寄挂号信（raccomandata），或者通过 PEC（认证电子邮件）发送。
doc-yes = 是
doc-no = 否
doc-not-provided = 未填写

# The receipt of a request stored in the kiosk did not print.
doc-print-failed = 打印机没有打印出来。您的申请已经保存：工作人员可以为您重新打印。
# Any other paper did not print (nothing of it is kept after the session).
doc-print-failed-not-kept = 打印机没有打印出来。打印机准备好后，请触摸“再打印一次”，或者请工作人员帮忙。
printer-paper-out = 打印机没纸了。
printer-jam = 打印机卡纸了。
printer-door-open = 打印机的盖子开着。
printer-offline = 打印机已关机或没有连接。
printer-not-answering = 打印机没有响应。
printer-stopped = 打印队列已停止。
printer-other = 打印机报告有问题。
# Variables: $number (number)
doc-item-number = 第 { $number } 人

## What a look-up answered (the permit's state), printed.

doc-result-title = 查询结果
doc-result-checked = 查询时间
doc-result-source = 这是当时 Polizia di Stato（国家警察）公开网页上的答复。如果要再查一次，请打开这个网址：
