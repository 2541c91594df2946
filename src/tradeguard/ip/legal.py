# Chinese legal text uses full-width Chinese punctuation, which RUF001 takes for look-alikes.
# ruff: noqa: RUF001
"""The statements a rights holder signs in a complaint and a supplier in a counter-notice,
in English and Simplified Chinese (see tradeguard.common.i18n.legal).

Which text prevails: English, for both sets, stated on the page in both languages.
- The statements are the elements of a notice and of a counter-notice under US DMCA
  section 512(c)(3) and (g)(3) (good-faith belief, accuracy and authority under penalty
  of perjury; mistake or misidentification under penalty of perjury, consent to
  jurisdiction, acceptance of service; /work/shared/reference/anchors.md, "IP notice
  and takedown"). Their legal effect (512(f) liability for misrepresentation, the
  court's jurisdiction over the counter-notifier) is defined by that English-language
  law, and the court that would read them reads English.
- The notice travels between parties of different languages (a rights holder abroad, a
  supplier in China): one prevailing text means both are bound by the same words.
- The marketplaces the anchors describe (Alibaba IPP, eBay VeRO, Amazon) run their IP
  programmes in English; the Chinese text here is a faithful translation written so that
  a Chinese signer understands exactly what it states (善意、伪证处罚、同意管辖、接受送达,
  docs/glossary.md), and the signer's reading language is recorded with the signature.
A marketplace whose notices fall under another law changes the set (new version,
another prevailing language) here.
"""

from __future__ import annotations

from tradeguard.common.i18n.legal import CHINESE, ENGLISH, LegalSet, LegalText, register

__all__ = ["CHINESE", "COMPLAINT", "COUNTER_NOTICE", "ENGLISH"]

ENGLISH_PREVAILS = LegalText(
    id="ip.english_prevails",
    version=1,
    en=(
        "The English text of these statements prevails. The Chinese text is a translation "
        "provided so that you understand what you sign."
    ),
    zh_hans="上述声明以英文文本为准。中文文本为译文，仅供您理解所签署的内容。",
)

COMPLAINT = register(
    LegalSet(
        id="ip.complaint",
        texts=(
            LegalText(
                id="ip.complaint.good_faith",
                version=1,
                field="statement_good_faith",
                en=(
                    "I have a good-faith belief that the use described is not authorized by "
                    "the rights holder, its agent or the law."
                ),
                zh_hans="本人善意相信，本投诉所述的使用行为未经权利人、其代理人或法律授权。",
            ),
            LegalText(
                id="ip.complaint.accuracy",
                version=1,
                field="statement_accuracy",
                en=(
                    "The information in this notice is accurate, and under penalty of "
                    "perjury, I am authorized to act on behalf of the rights holder."
                ),
                zh_hans=(
                    "本通知所载信息准确无误；且本人在知悉须承担伪证处罚的前提下声明："
                    "本人有权代表权利人行事。"
                ),
            ),
            LegalText(
                id="ip.complaint.authority",
                version=1,
                field="statement_authority",
                en="I am the owner of the right or authorized to act on its owner's behalf.",
                zh_hans="本人是该项权利的所有人，或已获得该权利所有人的授权代其行事。",
            ),
        ),
        prevails=ENGLISH_PREVAILS,
    )
)

COUNTER_NOTICE = register(
    LegalSet(
        id="ip.counter_notice",
        texts=(
            LegalText(
                id="ip.counter_notice.mistake",
                version=1,
                field="statement_perjury",
                en=(
                    "Under penalty of perjury, I have a good-faith belief that the listing "
                    "was named in this complaint, or removed, as a result of mistake or "
                    "misidentification."
                ),
                zh_hans=(
                    "本人在知悉须承担伪证处罚的前提下声明：本人善意相信，该商品系因错误或"
                    "误认而被列入本投诉或被下架。"
                ),
            ),
            LegalText(
                id="ip.counter_notice.jurisdiction",
                version=1,
                field="consent_jurisdiction",
                en=(
                    "I consent to the jurisdiction of the courts in which the rights holder "
                    "may sue me over this listing, and I will accept service of process from "
                    "the rights holder or its agent."
                ),
                zh_hans=(
                    "本人同意接受权利人可就该商品对本人提起诉讼的法院的管辖，并同意接受权利"
                    "人或其代理人送达的诉讼文书。"
                ),
            ),
        ),
        prevails=ENGLISH_PREVAILS,
    )
)
