## The outbox (the queue of what the kiosk sends), for the operator.

# Variables: $path (string), $preserved (string)
outbox-damaged = 发送记录（{ $path }）已损坏。已将一份副本保存到 { $preserved }。自助终端无法发送申请：请联系技术支持。
# Variables: $path (string)
outbox-key-missing = 缺少发送记录的密钥（{ $path }）。没有密钥，队列中的申请无法读取：请放回密钥文件或联系技术支持。
# Variables: $path (string)
outbox-key-wrong = 发送记录的密钥（{ $path }）不正确。请放回原来的密钥文件或联系技术支持。
outbox-too-new = 发送记录是由较新版本的程序写入的。请更新自助终端或联系技术支持。
outbox-unavailable = 无法打开发送记录。自助终端无法发送申请：请联系技术支持。

outbox-state-queued = 排队中
outbox-state-sending = 正在发送
outbox-state-delivered = 已送达
outbox-state-retry-wait = 等待重试
outbox-state-needs-operator = 需要操作员
outbox-state-cancelled = 已取消

outbox-cancel-withdrawn = 申请人撤回
outbox-cancel-duplicate = 重复发送
outbox-cancel-wrong-data = 数据有误，已重新填写
outbox-cancel-handled-elsewhere = 已在服务窗口处理
