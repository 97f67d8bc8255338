## Registry certificates: assets/flows/certificates.toml.

flow-certificates-certificate_type = আপনার কোন সনদ দরকার?
flow-certificates-certificate_type-residence = বসবাসের সনদ
flow-certificates-certificate_type-family-status = পারিবারিক অবস্থার সনদ (stato di famiglia)
flow-certificates-certificate_type-residence-and-family = বসবাস ও পারিবারিক অবস্থার সনদ
flow-certificates-certificate_type-civil-status = বৈবাহিক অবস্থার সনদ
flow-certificates-certificate_type-birth = জন্ম সনদ
flow-certificates-certificate_type-marriage = বিবাহ সনদ
flow-certificates-certificate_type-existence = জীবিত থাকার সনদ

flow-certificates-page-holder = সনদটি কার
flow-certificates-codice_fiscale = ব্যক্তির ট্যাক্স কোড (codice fiscale)
flow-certificates-codice_fiscale-hint = আপনি শুধু Arezzo-তে বসবাসকারী মানুষের সনদ চাইতে পারেন।
flow-certificates-surname = ব্যক্তির পদবি

flow-certificates-use = সনদটি আপনার কী কাজে লাগবে?
flow-certificates-use-hint = সনদের জন্য 16 ইউরোর একটি রাজস্ব স্ট্যাম্প (marca da bollo) লাগে, তবে আইনে বলা কিছু কাজের জন্য লাগে না।
flow-certificates-use-stamp-duty = অন্য কাজ (16 ইউরোর রাজস্ব স্ট্যাম্পসহ)
flow-certificates-use-school = স্কুল বা বৃত্তি (বিনামূল্যে)
flow-certificates-use-pension = পেনশন (বিনামূল্যে)
flow-certificates-use-social-assistance = সামাজিক সহায়তা বা ভাতা (বিনামূল্যে)
flow-certificates-use-legal-aid = বিনামূল্যে আইনি সহায়তা (gratuito patrocinio) (বিনামূল্যে)
flow-certificates-use-sport = শৌখিন খেলাধুলা (বিনামূল্যে)

flow-certificates-copies = কয়টি কপি?

flow-certificates-what_next = সনদটি 6 মাস বৈধ থাকে। এটি সরকারি অফিস বা সরকারি সেবা প্রদানকারীদের দেওয়া যায় না: তাদের জন্য আপনার নিজের ঘোষণাই (autocertificazione) যথেষ্ট। সনদটি স্ট্যাম্পসহ হলে তামাকের দোকান (tabaccheria) থেকে 16 ইউরোর একটি রাজস্ব স্ট্যাম্প (marca da bollo) কিনুন এবং সনদটি ব্যবহার করার আগে সেটি সনদের চিহ্নিত জায়গায় লাগিয়ে দিন।
