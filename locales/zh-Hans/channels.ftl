## What the kiosk says happened, by the door the service really reaches
## (its channel in assets/catalogue.toml) and what came of it. The page,
## the receipt and the voice use these words and no others: never claim an
## office received something unless its door answered.
##
## Each message pair: `channel-<channel>-<claim>-title` (a heading) and
## `-status` (one or two sentences).

## comune: the Comune di Arezzo's own services, through its gateway.

channel-comune-sent-title = 已发送到 Comune（市政府）
# Variables: $agency_reference (string)
channel-comune-sent-status = Comune di Arezzo（阿雷佐市政府）的系统已经收到申请。Comune 的编号：{ $agency_reference }。
channel-comune-queued-title = 已保存在自助终端里
channel-comune-queued-status = 申请已经保存在自助终端里，Comune 的系统一有回应就会发出。Comune 还没有收到申请。您不用做什么：如果有问题，服务窗口会联系您。

## pagopa: a booking at the agency's gateway, with its ticket paid through pagoPA.

channel-pagopa-sent-title = 预约已完成
# Variables: $agency_reference (string)
channel-pagopa-sent-status = Azienda USL（地方卫生局）的 CUP（预约中心）已经登记了预约。CUP 编号：{ $agency_reference }。如果要付 ticket（自付费用），请用 pagoPA 付款通知付款：可以在银行、邮局、烟草店（tabaccheria）付，也可以用手机应用付。
channel-pagopa-queued-title = 已保存在自助终端里
channel-pagopa-queued-status = 申请已经保存在自助终端里，CUP 一有回应就会发出。这还不是预约：如果那个时间已经没有了，服务窗口会联系您。

## The ticket's pagoPA notice, checked with the platform before it is printed.

pagopa-title = 要付的 ticket（pagoPA）
pagopa-checking = 正在通过 pagoPA 核对付款通知…
pagopa-amount = 金额
pagopa-due = 付款截止日期
pagopa-state-payable = 付款通知有效：您可以马上用手机付款，也可以拿着打印的付款通知到银行、邮局、烟草店（tabaccheria）付款，或者用 app IO 付款。
pagopa-state-overdue = 付款截止日期已经过了，但这份付款通知仍然可以付款。
pagopa-state-paid = 根据记录，这份付款通知已经付过款：请不要再付一次。
pagopa-state-expired = 这份付款通知已经过期，不能再付款：我们不打印这份通知。请到 CUP 窗口询问怎样付 ticket。
pagopa-state-invalid = 这份付款通知已被 Azienda USL 取消：我们不打印这份通知。请到 CUP 窗口询问。
pagopa-unknown = pagoPA 查不到这份付款通知：我们不打印这份通知。请到 CUP 窗口询问怎样付 ticket。
pagopa-unreachable = 现在我们无法通过 pagoPA 核对这份付款通知，所以我们不打印它。预约仍然有效：请到服务窗口询问怎样付 ticket。
pagopa-not-verified = 我们没能通过 pagoPA 核对这份付款通知，所以我们不打印它。预约仍然有效：请到服务窗口询问怎样付 ticket。
pagopa-pay-now = 如果想马上用手机付款，请扫描这个二维码：会打开 pagoPA 的付款页面。

## portal: only a portal with the person's own SPID or CIE can finish it.

channel-portal-prepared-title = 可以去门户网站办理了
channel-portal-prepared-status = 我们没有发送任何东西。这个申请只能在门户网站上办理，要用您的 SPID 或 CIE。纸上有网址、登录方法和您的回答：您可以在家办理，也可以在这里和工作人员一起办理。
channel-portal-sent-title = 服务窗口已收到您的回答
# Variables: $agency_reference (string)
channel-portal-sent-status = 服务窗口已经收到您的回答（编号 { $agency_reference }）。工作人员会和您一起在门户网站上用您的 SPID 或 CIE 办理申请。主管部门还没有收到任何东西。
channel-portal-queued-title = 已保存，等待发给服务窗口
channel-portal-queued-status = 您的回答已经保存在自助终端里，Comune 的系统一有回应就会发给服务窗口。主管部门还没有收到任何东西：申请要在门户网站上办理。

## public-page: a public web page read for the person.

channel-public-page-answered-title = Polizia di Stato（国家警察）网页的答复
channel-public-page-answered-status = 这是 Polizia di Stato（国家警察）的公开网页现在对您的号码显示的内容。自助终端没有发送任何申请。

## catalogue: a list the Comune or the Region publishes.

channel-catalogue-answered-title = 来自公布的名单
channel-catalogue-answered-status = 这些信息来自办公室公布的名单。自助终端没有发送任何申请：如果要报名或申请，请按照信息单上的说明去做。

## The portals (assets/portals.toml) and the ways to log in.

portal-name-ali = Portale Servizi ALI（内政部）
portal-name-testitaliano = Test di italiano（意大利语考试，内政部）
portal-name-unica = Unica（教育与功绩部）
portal-login-title = 怎样登录门户网站
portal-login-spid = 用 SPID：选择您的服务商，然后在手机上用它的应用确认。
portal-login-cie-app = 用 CIE 和 CieID 应用：应用读取卡片，并扫描屏幕上的二维码。
portal-login-cie-reader = 用服务窗口的读卡器读取 CIE：需要卡片的 PIN 码。
portal-login-cns = 用 Carta Nazionale dei Servizi（已激活的医疗卡）和读卡器。
portal-login-eidas = 用其他欧盟国家的数字身份（eIDAS）。

## The hand-off to the help desk, offered after the sheet is printed.

# The kiosk keeps the answers as long as any finished request (kiosk-config
# storage.retention_days), then deletes them.
# Variables: $days (number)
portal-hand-off-note = 您想在这里和工作人员一起办理吗？您的回答会发给 Comune 的服务窗口。自助终端会在 { $days ->
       *[other] { $days } 天后
    }删除这些回答。
portal-hand-off = 请服务窗口和我一起办理
check-send-portal = 准备门户网站说明单
print-portal = 打印门户网站说明单

## The "continue on the portal" sheet.

doc-portal-title = 请在门户网站上继续办理
doc-portal-nothing-sent = 这张纸不是申请：自助终端没有向主管部门发送任何东西。申请要在门户网站上用您的数字身份办理。
doc-portal-ready = 需要准备什么
doc-portal-answers = 您的回答，以及它们在门户网站上的名称
