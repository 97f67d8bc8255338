## What the offices answer: refusals, states of applications, item cards.
## The codes come from the agency contracts (docs/contracts).

agency-not-available = অফিসের সেবা এখন সাড়া দিচ্ছে না। আপনি কিছু হারাননি: পরে আবার চেষ্টা করুন অথবা অপারেটরকে জিজ্ঞাসা করুন।
agency-where-else = আপনি নিজেও অফিসের ওয়েবসাইটে দেখে নিতে পারেন, অথবা কাউন্টারে জিজ্ঞাসা করতে পারেন। অপারেটর আপনাকে ঠিকানাসহ একটি কাগজ প্রিন্ট করে দিতে পারেন।
agency-problem-other = অফিস আবেদনটি এই অবস্থায় গ্রহণ করতে পারেনি। অপারেটরকে জিজ্ঞাসা করুন।
agency-problem-no-such-reference = এই নম্বর আর এই জন্মতারিখ দিয়ে অফিস কোনো ফাইল খুঁজে পাচ্ছে না। রসিদে নম্বরটি মিলিয়ে দেখুন।
agency-problem-card-not-valid = লাইব্রেরি কার্ডটি চিনতে পারছে না: নম্বর আর পদবি মিলিয়ে দেখুন, অথবা লাইব্রেরিতে জিজ্ঞাসা করুন।
agency-problem-slot-taken = এই জায়গাটি এইমাত্র অন্য একজন নিয়ে নিয়েছেন। অন্য একটি দিন বা অন্য একটি সময় বেছে নিন।
agency-problem-prescription-not-found = CUP (বুকিং অফিস) এই প্রেসক্রিপশনটি খুঁজে পাচ্ছে না। প্রেসক্রিপশনে নম্বরটি (NRE) মিলিয়ে দেখুন, অথবা অপারেটরকে জিজ্ঞাসা করুন।
agency-problem-prescription-used = এই প্রেসক্রিপশনটি দিয়ে আগেই একটি বুকিং করা হয়েছে।
agency-problem-already-applied = অফিসের কাছে ঠিক এই রকম একটি আবেদন আগেই আছে।

## The three answers of the Polizia di Stato's public page
## (questure.poliziadistato.it/stranieri), and what the kiosk says when it
## cannot read the page.
status-permit-status-ready = থাকার অনুমতিপত্র (permesso di soggiorno) তৈরি। Questura (পুলিশ অফিস) আপনাকে একটি SMS পাঠাবে, তাতে এটি নেওয়ার দিন আর জায়গা লেখা থাকবে।
status-permit-status-in-progress = থাকার অনুমতিপত্রের কাজ চলছে: এটি এখনও তৈরি হয়নি। কয়েক দিন পরে আবার দেখুন।
status-permit-status-not-in-archive = এই নম্বরটি Polizia di Stato-র রেকর্ডে নেই। রসিদে নম্বরটি মিলিয়ে দেখুন। নম্বর ঠিক থাকলে হয়তো আবেদনটি এখনও পৌঁছায়নি: কয়েক দিন পরে আবার চেষ্টা করুন অথবা অপারেটরকে জিজ্ঞাসা করুন।
permit-page-unreadable = আমরা Polizia di Stato-র ওয়েবপেজের উত্তর পড়তে পারিনি। অপারেটরের সঙ্গে ওয়েবপেজটি খুলুন, অথবা এই QR কোড দিয়ে আপনার ফোনে খুলুন, আর আপনার নম্বরটি লিখুন।



item-provider = আয়োজক প্রতিষ্ঠান
item-place = জায়গা
item-hours = ঘণ্টা
item-certificate = সার্টিফিকেট
item-requirements = শর্ত
item-cost = খরচ
item-starts-on = শুরু
item-deadline = শেষ তারিখ
item-contact = যোগাযোগ
item-posts = খালি জায়গা
item-contract = চুক্তি
item-language = ভাষা
item-how-to-read = কীভাবে পড়বেন
