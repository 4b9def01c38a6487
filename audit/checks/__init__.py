"""Every check, one module each, listed in code order (the registry reads this)."""

from audit.checks.base import Check
from audit.checks.tp101_dead_end import DeadEnd
from audit.checks.tp102_broken_link import BrokenLink
from audit.checks.tp103_redirect_chain import RedirectChain
from audit.checks.tp104_orphan_page import OrphanPage
from audit.checks.tp105_deep_page import DeepPage
from audit.checks.tp201_missing_cta import MissingCta
from audit.checks.tp202_competing_ctas import CompetingCtas
from audit.checks.tp203_placeholder_cta import PlaceholderCta
from audit.checks.tp204_cta_below_fold import CtaBelowFold
from audit.checks.tp301_conversion_unreachable import ConversionUnreachable
from audit.checks.tp302_long_path_to_conversion import LongPathToConversion
from audit.checks.tp303_funnel_gap import FunnelGap
from audit.checks.tp304_no_conversion_goal import NoConversionGoal
from audit.checks.tp401_form_unlabelled_field import FormUnlabelledField
from audit.checks.tp402_form_too_many_fields import FormTooManyFields
from audit.checks.tp403_form_insecure import FormInsecure
from audit.checks.tp404_form_dead_end import FormDeadEnd
from audit.checks.tp501_off_site_cta import OffSiteCta
from audit.checks.tp502_no_contact_channel import NoContactChannel
from audit.checks.tp503_no_retention_touchpoint import NoRetentionTouchpoint
from audit.checks.tp504_no_advocacy_touchpoint import NoAdvocacyTouchpoint
from audit.checks.tp505_login_area_not_audited import LoginAreaNotAudited
from audit.checks.tp901_crawl_incomplete import CrawlIncomplete
from audit.checks.tp902_crawler_trap import CrawlerTrap

ALL_CHECKS: tuple[type[Check], ...] = (
    DeadEnd, BrokenLink, RedirectChain, OrphanPage, DeepPage,
    MissingCta, CompetingCtas, PlaceholderCta, CtaBelowFold,
    ConversionUnreachable, LongPathToConversion, FunnelGap, NoConversionGoal,
    FormUnlabelledField, FormTooManyFields, FormInsecure, FormDeadEnd,
    OffSiteCta, NoContactChannel, NoRetentionTouchpoint, NoAdvocacyTouchpoint,
    LoginAreaNotAudited,
    CrawlIncomplete, CrawlerTrap,
)  # fmt: skip

__all__ = ["ALL_CHECKS", "Check"]
