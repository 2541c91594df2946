"""Why the engine raised a match, in words a reviewer reads (translated labels).

The engine records what a match's score rests on (``Match.basis``), how many matching
features lie inside the protected image's own content (``own_inliers``: outside a
frame, backdrop or label it shares with the owner's other images) and the hash
distance; these functions turn that into sentences for the review queue and the API.
"""

from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from tradeguard.imagematch.verify import MAX_ALIGNED_INK
from tradeguard.monitoring import policy
from tradeguard.monitoring.enums import MatchBasis
from tradeguard.monitoring.models import Match


def reasons(match: Match, *, for_owner: bool) -> list[str]:
    """The sentences that explain ``match``'s score, most telling first.

    ``for_owner``: the reader reviews for the image's owner (the rights holder or its
    agent), who reads "your image"; anyone else (an officer) reads "the protected
    image"."""
    out: list[str] = []
    basis = MatchBasis(match.basis)
    if basis == MatchBasis.OBJECT:
        out.append(
            ngettext(
                "Same object: %(count)d matching feature inside it.",
                "Same object: %(count)d matching features inside it.",
                match.own_inliers,
            )
            % {"count": match.own_inliers}
        )
    elif basis == MatchBasis.TEMPLATE:
        out.append(
            ngettext(
                "Same template: the frame or backdrop matches, but the content inside it "
                "differs (%(count)d matching feature inside it).",
                "Same template: the frame or backdrop matches, but the content inside it "
                "differs (%(count)d matching features inside it).",
                match.own_inliers,
            )
            % {"count": match.own_inliers}
        )
    elif basis == MatchBasis.OVERLAY:
        out.append(_("Same picture: laid over each other, the images agree inside the object."))
    else:
        out.append(_("Near-identical picture, and the images agree when laid over each other."))
    if match.template_key and basis != MatchBasis.TEMPLATE:
        out.append(
            _(
                "Your image shares a template with your other images; only its own "
                "content was compared."
            )
            if for_owner
            else _(
                "The protected image shares a template with the rights holder's other "
                "images; only its own content was compared."
            )
        )
    if match.turned:
        out.append(
            _(
                "The listing matches only turned or mirrored. A set of icons often holds "
                "one drawing in several directions: check that it is not another icon of "
                "the set."
            )
        )
    # The hash distance weighs in every score (a copy's hash is a few bits from the
    # protected image's, a sibling's tens of bits; imagematch.verify.W_HASH).
    if match.hash_distance is not None:
        out.append(
            _("Perceptual hashes differ in %(bits)d of 256 bits.") % {"bits": match.hash_distance}
        )
    # So does the distance once the matching features have laid the listing over the
    # protected image, undoing a crop, a small turn or a canvas (verify.W_REGISTERED).
    if match.registered_distance is not None and basis in (
        MatchBasis.OBJECT,
        MatchBasis.TEMPLATE,
    ):
        out.append(
            _(
                "Laid over each other as the matching features align them, the perceptual "
                "hashes differ in %(bits)d of 256 bits."
            )
            % {"bits": match.registered_distance}
        )
    # On flat graphics, a line of text across the listing was left out of that distance
    # (imagematch.verify.text_band): a sibling whose only difference lies under the text
    # passes for a copy, so the reviewer is told where to look.
    if match.text_band:
        out.append(
            _(
                "A line of text crosses the listing, and the images were compared without "
                "the band it covers: check that nothing your image has is hidden under the "
                "text, since icons of one set can differ there."
            )
            if for_owner
            else _(
                "A line of text crosses the listing, and the images were compared without "
                "the band it covers: check that nothing the protected image has is hidden "
                "under the text, since icons of one set can differ there."
            )
        )
    # On flat graphics, a shape the listing lacks or adds is what tells an icon from its
    # siblings (imagematch.verify.W_LOST_INK, W_EXTRA_INK); said from the size beyond
    # which a copy's resampling does not reach (verify.MAX_ALIGNED_INK).
    if match.lost_ink is not None and match.lost_ink > MAX_ALIGNED_INK:
        pixels = {"pixels": match.lost_ink}
        out.append(
            _(
                "The listing lacks a shape your image has (%(pixels)d pixels on a 96-pixel "
                "thumbnail): icons of one set often differ by such a shape."
            )
            % pixels
            if for_owner
            else _(
                "The listing lacks a shape the protected image has (%(pixels)d pixels on a "
                "96-pixel thumbnail): icons of one set often differ by such a shape."
            )
            % pixels
        )
    if match.extra_ink is not None and match.extra_ink > MAX_ALIGNED_INK:
        pixels = {"pixels": match.extra_ink}
        out.append(
            _(
                "The listing has a solid shape where your image has background (%(pixels)d "
                "pixels on a 96-pixel thumbnail): icons of one set often differ by such a "
                "shape."
            )
            % pixels
            if for_owner
            else _(
                "The listing has a solid shape where the protected image has background "
                "(%(pixels)d pixels on a 96-pixel thumbnail): icons of one set often differ "
                "by such a shape."
            )
            % pixels
        )
    if not policy.complaint_ready(match):
        if match.graphics:
            threshold = {"threshold": f"{policy.match_complaint_threshold(match):.2f}"}
            out.append(
                _(
                    "Look closely: your image is an icon, a logo or other flat graphics, and "
                    "a match on it needs a score of %(threshold)s to prepare a complaint: "
                    "icon sets hold many drawings that differ only in a detail."
                )
                % threshold
                if for_owner
                else _(
                    "Look closely: the protected image is an icon, a logo or other flat "
                    "graphics, and a match on it needs a score of %(threshold)s to prepare a "
                    "complaint: icon sets hold many drawings that differ only in a detail."
                )
                % threshold
            )
        else:
            out.append(
                _(
                    "Look closely: the score is below the certainty needed to prepare a "
                    "complaint from it."
                )
            )
    return out
