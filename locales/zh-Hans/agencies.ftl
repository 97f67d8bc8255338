## What the offices answer: refusals, states of applications, item cards.
## The codes come from the agency contracts (docs/contracts).

agency-not-available = 该办公室的服务现在没有回应。您没有损失任何东西：请稍后再试，或者问工作人员。
agency-where-else = 您也可以自己在该办公室的网站上查看，或者到窗口询问。工作人员可以为您打印一张写有地址的纸。
agency-problem-other = 办公室无法按现在的样子接受这个申请。请问工作人员。
agency-problem-no-such-reference = 办公室找不到这个编号和这个出生日期的案件。请检查回执上的编号。
agency-problem-card-not-valid = 图书馆无法识别这张卡：请检查卡号和姓氏，或者到图书馆询问。
agency-problem-slot-taken = 这个位置刚刚被别人订走了。请选择另一天或另一个时间。
agency-problem-prescription-not-found = CUP（预约中心）找不到这张处方。请检查处方上的编号（NRE），或者问工作人员。
agency-problem-prescription-used = 这张处方已经用来预约过了。
agency-problem-already-applied = 办公室已经有一份和这份一样的申请。

## The three answers of the Polizia di Stato's public page
## (questure.poliziadistato.it/stranieri), and what the kiosk says when it
## cannot read the page.
status-permit-status-ready = 居留许可已经办好。警察局（Questura）会给您发 SMS 短信，告诉您领取的日期和地点。
status-permit-status-in-progress = 居留许可正在办理中：还没有办好。请过几天再查一次。
status-permit-status-not-in-archive = Polizia di Stato（国家警察）的档案里没有这个编号。请检查回执上的编号。如果编号没错，可能申请还没有送到：请过几天再试，或者问工作人员。
permit-page-unreadable = 我们没能读取 Polizia di Stato（国家警察）网页的答复。请和工作人员一起打开这个网页，或者用您的手机扫描这个二维码（QR 码）打开，然后输入您的编号。



item-provider = 主办机构
item-place = 地点
item-hours = 小时数
item-certificate = 证书
item-requirements = 要求
item-cost = 费用
item-starts-on = 开始
item-deadline = 截止日期
item-contact = 联系方式
item-posts = 名额
item-contract = 合同
item-language = 语言
item-how-to-read = 怎么阅读
